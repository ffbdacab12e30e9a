package org.leadercontacts.leader;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.leadercontacts.common.PageRequest;
import org.leadercontacts.common.PartialDate;
import org.leadercontacts.source.SourceSpan;

@GraphQLApi
public class LeaderApi {

    @Inject
    Leaders leaders;

    @Query("leaders")
    @Description("Leaders, optionally filtered by name (any spelling) and country.")
    public @NonNull LeaderConnection leaders(
            @Description("Conditions the leaders must meet.") LeaderFilter filter,
            @DefaultValue("NAME_ASC") @Description("Ordering of the list.") LeaderOrder orderBy,
            @Description("Return the first n leaders (at most 100).") Integer first,
            @Description("Return leaders after this cursor.") String after,
            @Description("Return the last n leaders (at most 100).") Integer last,
            @Description("Return leaders before this cursor.") String before) {
        PageRequest page = PageRequest.of(Leaders.sortKey(orderBy).name(), first, after, last, before);
        return new LeaderConnection(leaders.page(filter, orderBy, page));
    }

    @Description("The country the leader serves.")
    public List<@NonNull CountryInfo> country(@Source List<LeaderNode> nodes) {
        Map<String, CountryInfo> countries = leaders.countries(nodes.stream().map(LeaderNode::countryCode).toList());
        return nodes.stream().map(node -> countries.get(node.countryCode())).toList();
    }

    @Description("Every spelling of the leader's name that a document uses, with where it does.")
    public List<@NonNull List<@NonNull AliasInfo>> aliases(@Source List<LeaderNode> nodes) {
        Map<Long, List<LeaderAlias>> aliases = leaders.aliases(nodes.stream().map(LeaderNode::key).toList());
        return nodes.stream().map(node -> aliases.getOrDefault(node.key(), List.of()).stream()
                .map(a -> new AliasInfo(a.text, a.note, new SourceSpan(a.documentId, a.spanStart, a.spanEnd))).toList())
                .toList();
    }

    @Description("Offices the documents say the leader holds or held, one entry per document that says so.")
    public List<@NonNull List<@NonNull OfficeInfo>> offices(@Source List<LeaderNode> nodes) {
        Map<Long, List<Office>> offices = leaders.offices(nodes.stream().map(LeaderNode::key).toList());
        Map<String, CountryInfo> countries = leaders.countries(offices.values().stream().flatMap(List::stream)
                .map(o -> o.countryCode).toList());
        return nodes.stream().map(node -> offices.getOrDefault(node.key(), List.of()).stream()
                .map(o -> new OfficeInfo(o.title, countries.get(o.countryCode), PartialDate.parse(o.validFrom),
                        PartialDate.parse(o.validTo), new SourceSpan(o.documentId, o.spanStart, o.spanEnd)))
                .toList()).toList();
    }

    @Description("The leaders this leader has spoken with (took part in the same conversation), with how often and "
            + "when first and last; most recent contact first.")
    public List<@NonNull CounterpartConnection> counterparts(@Source List<LeaderNode> nodes,
            @Description("Return the first n counterparts (at most 100).") Integer first,
            @Description("Return counterparts after this cursor.") String after,
            @Description("Return the last n counterparts (at most 100).") Integer last,
            @Description("Return counterparts before this cursor.") String before) {
        PageRequest page = PageRequest.of(Leaders.counterpartOrdering(), first, after, last, before);
        Map<Long, CounterpartConnection> connections = leaders.counterparts(
                nodes.stream().map(LeaderNode::key).toList(), page);
        return nodes.stream().map(node -> connections.get(node.key())).toList();
    }
}
