package org.leadercontacts.leader;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Country")
@Description("A country.")
public record CountryInfo(@NonNull @Description("ISO 3166-1 alpha-2 code, e.g. `SY`.") String code,
        @NonNull @Description("English short name, e.g. `Syria`.") String name) {
}
