package org.leadercontacts.leader;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("LeaderFilter")
@Description("Conditions a leader must meet; all given conditions apply.")
public class LeaderFilter {

    @Description("Part of the canonical name or of any spelling a document uses, case-insensitive "
            + "(`al-Sharaa`, `Julani`, `Assad`).")
    public String name;

    @Description("Country code (`SY`) or name (`Syria`).")
    public String country;
}
