package org.leadercontacts.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.leadercontacts.common.Cursor;
import org.leadercontacts.common.InvalidInputException;
import org.leadercontacts.common.Node;
import org.leadercontacts.common.PageInfo;
import org.leadercontacts.common.PageRequest;
import org.leadercontacts.leader.LeaderNode;
import org.leadercontacts.leader.Leaders;
import org.leadercontacts.source.DocumentTexts;
import org.leadercontacts.source.Documents;
import org.leadercontacts.source.SourceDocumentNode;
import org.leadercontacts.source.SourceSpan;
import org.leadercontacts.statement.Statement;
import org.leadercontacts.statement.StatementNode;
import org.leadercontacts.statement.Statements;

import jakarta.persistence.EntityManager;

@GraphQLApi
public class SearchApi {

    @Inject
    SearchIndex index;

    @Inject
    SearchQueries queries;

    @Inject
    Snippets snippets;

    @Inject
    Statements statements;

    @Inject
    Leaders leaders;

    @Inject
    DocumentTexts texts;

    @Inject
    EntityManager em;

    @Query("search")
    @Description("Full-text search across statements, source documents and leaders' names, best match first. Each hit "
            + "carries a highlighted snippet and, for statements and documents, its exact span in the source.")
    public @NonNull SearchHitConnection search(
            @NonNull @Description("Words to find (English stemming, case-insensitive). `\"exact phrase\"`, `-exclude`, "
                    + "`a | b` and `prefix*` are supported. At most 500 characters.") String text,
            @io.smallrye.graphql.api.Nullable @Description("Only these kinds of objects; all kinds when omitted.") List<@NonNull SearchHitType> types,
            @DefaultValue("10") @Description("Return the first n hits (at most 100).") Integer first,
            @Description("Return hits after this cursor.") String after) {
        if (first == null) {
            throw new InvalidInputException("`first` must be a number between 0 and " + PageRequest.MAX_SIZE
                    + ", not null.");
        }
        PageRequest.of("search", first, null, null, null);
        Set<SearchHitType> kinds = types == null || types.isEmpty() ? EnumSet.allOf(SearchHitType.class)
                : EnumSet.copyOf(types);
        String ordering = "search:" + Integer.toHexString(text.hashCode()) + ":" + kinds;
        Cursor position = Cursor.decode(after, ordering);
        SearchQueries.Position afterHit = null;
        if (position != null) {
            try {
                afterHit = new SearchQueries.Position(Float.parseFloat(position.sortValue()), position.id());
            } catch (RuntimeException e) {
                throw new InvalidInputException("\"" + after + "\" is not a valid search cursor.");
            }
        }
        SearchQueries.Page page = queries.search(text, kinds, first, afterHit);
        List<SearchQueries.Match> matches = page.matches().subList(0, Math.min(first, page.matches().size()));
        List<SearchHitConnection.Edge> edges = new ArrayList<>();
        for (Map.Entry<SearchQueries.Match, SearchHit> hit : hits(matches, page)) {
            SearchQueries.Match match = hit.getKey();
            // Keyset position: the score, then the entry (type and id), which breaks ties in the same order.
            edges.add(new SearchHitConnection.Edge(Cursor.encode(ordering, Float.toString(match.score()), match.order()),
                    hit.getValue()));
        }
        PageInfo info = new PageInfo(page.matches().size() > first, after != null,
                edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new SearchHitConnection(edges, info, page.total());
    }

    @Name("totalCount")
    @Description("How many objects match in all.")
    public @NonNull Integer totalCount(@Source SearchHitConnection connection) {
        return connection.count();
    }

    /** Each match with its hit, in rank order; matches deleted since the index was built are dropped. */
    private List<Map.Entry<SearchQueries.Match, SearchHit>> hits(List<SearchQueries.Match> matches, SearchQueries.Page page) {
        Map<Long, Statement> statementsById = statements.byIds(keys(matches, SearchHitType.STATEMENT));
        Map<Long, String> documentTexts = texts.get(keys(matches, SearchHitType.DOCUMENT));
        Map<Long, String> leaderNames = index.leaderNames(keys(matches, SearchHitType.LEADER));
        List<Map.Entry<SearchQueries.Match, SearchHit>> hits = new ArrayList<>();
        for (SearchQueries.Match match : matches) {
            boolean gone = switch (match.type()) {
                case STATEMENT -> !statementsById.containsKey(match.key());
                case DOCUMENT -> !documentTexts.containsKey(match.key());
                case LEADER -> !leaderNames.containsKey(match.key());
            };
            if (gone) {
                // Deleted after this page was searched; the index update is on its way.
                continue;
            }
            hits.add(Map.entry(match, switch (match.type()) {
                case STATEMENT -> {
                    Statement statement = statementsById.get(match.key());
                    Snippets.Snippet snippet = snippets.snippet(page.words(), statement.text, false);
                    yield hit(match, statement.text, snippet, new SourceSpan(statement.documentId,
                            statement.spanStart + snippet.start(), statement.spanStart + snippet.end()));
                }
                case DOCUMENT -> {
                    String content = documentTexts.get(match.key());
                    Snippets.Snippet snippet = snippets.snippet(page.words(), content, false);
                    yield hit(match, content, snippet, new SourceSpan(match.key(), snippet.start(), snippet.end()));
                }
                case LEADER -> {
                    String names = leaderNames.get(match.key());
                    yield hit(match, names, snippets.snippet(page.words(), names, true), null);
                }
            }));
        }
        return hits;
    }

    private static SearchHit hit(SearchQueries.Match match, String text, Snippets.Snippet snippet, SourceSpan source) {
        return new SearchHit(match.type(), match.key(), match.score(), text.substring(snippet.start(), snippet.end()),
                snippet.matches().stream().filter(m -> m.end() <= snippet.end() - snippet.start()).toList(), source);
    }

    private static List<Long> keys(List<SearchQueries.Match> matches, SearchHitType type) {
        return matches.stream().filter(m -> m.type() == type).map(SearchQueries.Match::key).toList();
    }

    @Description("The object that matched.")
    public List<@NonNull Node> node(@Source List<SearchHit> hits) {
        Map<Long, Statement> statementsById = statements.byIds(hits.stream()
                .filter(h -> h.getType() == SearchHitType.STATEMENT).map(SearchHit::key).toList());
        var documents = Documents.byId(em, hits.stream().filter(h -> h.getType() == SearchHitType.DOCUMENT)
                .map(SearchHit::key).toList());
        var leadersById = leaders.byIds(hits.stream().filter(h -> h.getType() == SearchHitType.LEADER)
                .map(SearchHit::key).toList());
        return hits.stream().map(hit -> (Node) switch (hit.getType()) {
            case STATEMENT -> new StatementNode(statementsById.get(hit.key()));
            case DOCUMENT -> new SourceDocumentNode(documents.get(hit.key()));
            case LEADER -> new LeaderNode(leadersById.get(hit.key()));
        }).toList();
    }
}
