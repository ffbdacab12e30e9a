package org.leadercontacts.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("SearchHitType")
@Description("What kind of object a search hit is.")
public enum SearchHitType {
    @Description("A statement; its snippet is from the statement's text.")
    STATEMENT,
    @Description("A source document; its snippet is the best-matching passage of the document.")
    DOCUMENT,
    @Description("A leader, matched on the canonical name or any spelling a document uses.")
    LEADER
}
