package org.leadercontacts.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.leadercontacts.source.DocumentSizes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.GraphQLContext;
import graphql.GraphQLException;
import graphql.ParseAndValidate;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;

/**
 * The checks an operation passes before it runs, whichever transport carries it (HTTP, WebSocket): size, syntax,
 * the operation named, the query limits, validation against the schema and the variables' types. Each failure is a
 * {@link Refused} with the errors a client gets.
 */
@ApplicationScoped
class OperationCheck {

    @Inject
    RequestLimits limits;

    @Inject
    GraphQLSchema schema;

    @Inject
    DocumentSizes documentSizes;

    /**
     * Queries seen recently, parsed and validated once (SmallRye GraphQL keeps its own parse cache too),
     * bounded by text size: a syntax tree takes roughly ten times the bytes of its text.
     */
    private final Cache<String, CheckedQuery> checkedQueries = Caffeine.newBuilder().maximumWeight(1_000_000)
            .weigher((String query, CheckedQuery checked) -> query.length()).build();

    void checkSize(String query) {
        if (query.length() > limits.maxCharacters()) {
            throw new Refused("LIMIT_EXCEEDED", "The query has " + query.length() + " characters; the limit is "
                    + limits.maxCharacters() + ".", Map.of("limit", "characters", "max", limits.maxCharacters()));
        }
    }

    /** The request's document, parsed (or from the cache); it must hold the operation the request names. */
    Document parse(GraphQLRequest request) {
        Document document = checkedQueries.get(request.query(), query -> new CheckedQuery(parse(query))).document;
        if (request.operationName() != null && operations(document).stream()
                .noneMatch(o -> request.operationName().equals(o.getName()))) {
            throw new Refused("GRAPHQL_VALIDATION_FAILED", "Unknown operation named '" + request.operationName() + "'.",
                    Map.of());
        }
        return document;
    }

    /** The kind of operation the request runs, or null if the document holds several and the request names none. */
    static OperationDefinition.Operation selected(Document document, String operationName) {
        List<OperationDefinition> operations = operations(document);
        return operations.stream()
                .filter(o -> operationName == null ? operations.size() == 1 : operationName.equals(o.getName()))
                .map(OperationDefinition::getOperation).findFirst().orElse(null);
    }

    static List<OperationDefinition> operations(Document document) {
        return document.getDefinitionsOfType(OperationDefinition.class);
    }

    /** The query limits, validation, and the input of the selected operation. */
    void check(Document document, GraphQLRequest request) {
        QueryAnalysis analysis = QueryAnalysis.analyze(schema, limits, document, request.operationName(),
                request.variables(), documentSizes.longestText());
        QueryAnalysis.Excess excess = analysis.excess();
        if (excess != null) {
            throw new Refused("LIMIT_EXCEEDED", describe(excess), Map.of("limit", excess.limit(), "max", excess.max()));
        }
        List<ValidationError> invalid = checkedQueries.get(request.query(), query -> new CheckedQuery(document))
                .validationErrors(schema);
        if (!invalid.isEmpty()) {
            throw new Refused(invalid.stream().map(e -> new Refused.Problem(e.getMessage(), "GRAPHQL_VALIDATION_FAILED",
                    e.getLocations(), Map.of())).toList());
        }
        if (analysis.badInput() != null) {
            throw new Refused("BAD_USER_INPUT", analysis.badInput(), Map.of());
        }
        String badVariables = coerceVariables(document, request);
        if (badVariables != null) {
            throw new Refused("BAD_USER_INPUT", badVariables, Map.of());
        }
    }

    private Document parse(String query) {
        try {
            return parse(query, limits.maxTokens());
        } catch (ParseCancelledException tooManyTokens) {
            // Introspection (GraphiQL's, any tool's) is exempt from the token limit, not from the others.
            Document document = parse(query, 15_000);
            if (introspectionOnly(document)) {
                return document;
            }
            throw new Refused("LIMIT_EXCEEDED", "The query has more than " + limits.maxTokens() + " tokens; the limit is "
                    + limits.maxTokens() + ".", Map.of("limit", "tokens", "max", limits.maxTokens()));
        }
    }

    private Document parse(String query, int maxTokens) {
        ParserOptions options = ParserOptions.newParserOptions().maxTokens(maxTokens)
                .maxCharacters(limits.maxCharacters()).maxWhitespaceTokens(50_000).maxRuleDepth(500)
                .captureSourceLocation(true).captureIgnoredChars(false).captureLineComments(false).build();
        try {
            return new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(options).build());
        } catch (ParseCancelledException e) {
            throw e;
        } catch (InvalidSyntaxException e) {
            throw new Refused(List.of(new Refused.Problem("Syntax error: " + e.getMessage(), "GRAPHQL_PARSE_FAILED",
                    e.getLocation() == null ? List.of() : List.of(e.getLocation()), Map.of())));
        }
    }

    /** Checks the variables against the operation's declared types; returns the problem, or null. */
    private String coerceVariables(Document document, GraphQLRequest request) {
        for (OperationDefinition operation : operations(document)) {
            if (request.operationName() != null && !request.operationName().equals(operation.getName())) {
                continue;
            }
            String strict = VariableCheck.problem(schema, operation, request.variables());
            if (strict != null) {
                return strict;
            }
            try {
                ValuesResolver.coerceVariableValues(schema, operation.getVariableDefinitions(),
                        RawVariables.of(request.variables()), GraphQLContext.getDefault(), Locale.ENGLISH);
            } catch (GraphQLException e) {
                return e.getMessage();
            } catch (RuntimeException e) {
                return "The variables do not match their declared types.";
            }
        }
        return null;
    }

    private static boolean introspectionOnly(Document document) {
        return operations(document).stream().allMatch(operation -> operation.getSelectionSet().getSelections().stream()
                .allMatch(selection -> selection instanceof Field field && field.getName().startsWith("__")));
    }

    private static String describe(QueryAnalysis.Excess excess) {
        String what = switch (excess.limit()) {
            case "depth" -> "The query nests fields " + excess.actual() + " deep";
            case "introspectionDepth" -> "The introspection query nests fields " + excess.actual() + " deep";
            case "aliases" -> "The query uses more than " + excess.max() + " aliases";
            case "directivesPerField" -> "A field carries " + excess.actual() + " directives";
            case "cost" -> "The query would select more than " + excess.max() + " fields (each connection multiplies "
                    + "the fields below it by its page size: ask for smaller pages or fewer fields)";
            case "answerBytes" -> "The answer could reach " + excess.actual() + " bytes (a document's `text` counts as "
                    + "long as the longest document: ask for smaller pages, fewer texts, or spans instead of whole texts)";
            default -> "The query is too large (" + excess.limit() + ": " + excess.actual() + ")";
        };
        return what + "; the limit is " + excess.max() + ".";
    }

    /** A parsed query and, once asked for, its validation against the schema: both depend on the text alone. */
    private static final class CheckedQuery {
        final Document document;
        private volatile List<ValidationError> validationErrors;

        CheckedQuery(Document document) {
            this.document = document;
        }

        List<ValidationError> validationErrors(GraphQLSchema schema) {
            if (validationErrors == null) {
                validationErrors = ParseAndValidate.validate(schema, document);
            }
            return validationErrors;
        }
    }

    /** An operation refused before it runs, with the GraphQL errors that say why. */
    static final class Refused extends RuntimeException {

        record Problem(String message, String code, List<SourceLocation> locations, Map<String, Object> extensions) {
        }

        final List<Problem> problems;

        Refused(String code, String message, Map<String, Object> extensions) {
            this(List.of(new Problem(message, code, List.of(), extensions)));
        }

        Refused(List<Problem> problems) {
            super(problems.get(0).message(), null, false, false);
            this.problems = problems;
        }
    }
}
