package org.leadercontacts.leader;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.leadercontacts.common.PartialDate;
import org.leadercontacts.source.SourceSpan;

@Type("Office")
@Description("An office a document says a leader holds or held. One entry per document that says so: documents "
        + "word titles differently.")
public record OfficeInfo(@NonNull @Description("Title as the document gives it.") String title,
        @NonNull @Description("Country of the office.") CountryInfo country,
        @Description("When the office began, if the document says.") PartialDate from,
        @Description("When it ended, if the document says; null while held or unknown.") PartialDate to,
        @NonNull @Description("Where the document says so.") SourceSpan source) {
}
