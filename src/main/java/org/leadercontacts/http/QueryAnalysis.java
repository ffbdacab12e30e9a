package org.leadercontacts.http;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import org.leadercontacts.common.PageRequest;

/**
 * Measures a parsed query before it runs: depth, aliases, directives per field, cost, where each field
 * costs one and a connection multiplies what is below it by its page size, and the size its answer could
 * reach, where a document's full text counts as long as the longest document and context around a span as
 * the characters asked for. Fragments are expanded (a cycle is left to validation), and the walk stops as
 * soon as a limit is passed, so that fragment fan-out cannot make the measuring itself expensive.
 */
final class QueryAnalysis {

    /** Which limit a query passes, with the numbers, or null. */
    record Excess(String limit, long max, long actual) {
    }

    /** A field's name, punctuation and a short value, as JSON. */
    static final long FIELD_BYTES = 40;
    private static final long SPAN_CONTEXT_DEFAULT = 160;
    private static final long SPAN_CONTEXT_MAX = 2000;

    private final GraphQLSchema schema;
    private final RequestLimits limits;
    private final Map<String, Object> variables;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final int longestDocument;

    private String badInput;
    private long cost;
    private long answerBytes;
    private long visits;
    private int aliases;
    private Excess excess;

    private QueryAnalysis(GraphQLSchema schema, RequestLimits limits, Document document, Map<String, Object> variables,
            int longestDocument) {
        this.schema = schema;
        this.longestDocument = longestDocument;
        this.limits = limits;
        this.variables = variables == null ? Map.of() : variables;
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
    }

    /** The first literal argument that does not fit its type, found while measuring; else null. */
    String badInput() {
        return badInput;
    }

    /** The first limit the query passes, or null. */
    Excess excess() {
        return excess;
    }

    /** Measures every operation the request may run, stopping at the first limit passed. */
    static QueryAnalysis analyze(GraphQLSchema schema, RequestLimits limits, Document document, String operationName,
            Map<String, Object> variables, int longestDocument) {
        QueryAnalysis analysis = new QueryAnalysis(schema, limits, document, variables, longestDocument);
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (operationName != null && !operationName.equals(operation.getName())) {
                continue;
            }
            GraphQLCompositeType root = switch (operation.getOperation()) {
                case MUTATION -> schema.getMutationType();
                case SUBSCRIPTION -> schema.getSubscriptionType();
                default -> schema.getQueryType();
            };
            analysis.visit(operation.getSelectionSet(), root, 0, false, 1, new HashSet<>());
            if (analysis.excess != null) {
                break;
            }
        }
        return analysis;
    }

    private void visit(SelectionSet selections, GraphQLCompositeType parent, int depth, boolean introspection,
            long multiplier, Set<String> fragmentPath) {
        if (selections == null || excess != null) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (++visits > 20L * limits.maxCost()) {
                exceed("cost", limits.maxCost(), visits);
            }
            if (excess != null) {
                return;
            }
            if (selection instanceof Field field) {
                visitField(field, parent, depth, introspection, multiplier, fragmentPath);
            } else if (selection instanceof InlineFragment inline) {
                visit(inline.getSelectionSet(), typeCondition(inline.getTypeCondition() == null ? null
                        : inline.getTypeCondition().getName(), parent), depth, introspection, multiplier, fragmentPath);
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null && !fragmentPath.contains(spread.getName())) {
                    Set<String> path = new HashSet<>(fragmentPath);
                    path.add(spread.getName());
                    visit(fragment.getSelectionSet(), typeCondition(fragment.getTypeCondition().getName(), parent), depth,
                            introspection, multiplier, path);
                }
            }
        }
    }

    private void visitField(Field field, GraphQLCompositeType parent, int depth, boolean introspection,
            long multiplier, Set<String> fragmentPath) {
        boolean inIntrospection = introspection || field.getName().startsWith("__");
        int fieldDepth = depth + 1;
        if (inIntrospection ? fieldDepth > limits.maxIntrospectionDepth() : fieldDepth > limits.maxDepth()) {
            exceed(inIntrospection ? "introspectionDepth" : "depth",
                    inIntrospection ? limits.maxIntrospectionDepth() : limits.maxDepth(), fieldDepth);
            return;
        }
        if (field.getAlias() != null && ++aliases > limits.maxAliases()) {
            exceed("aliases", limits.maxAliases(), aliases);
            return;
        }
        if (field.getDirectives().size() > limits.maxDirectivesPerField()) {
            exceed("directivesPerField", limits.maxDirectivesPerField(), field.getDirectives().size());
            return;
        }
        cost += multiplier;
        if (cost > limits.maxCost()) {
            exceed("cost", limits.maxCost(), cost);
            return;
        }
        answerBytes += multiplier * bytes(parent, field);
        if (answerBytes > limits.maxAnswerBytes()) {
            exceed("answerBytes", limits.maxAnswerBytes(), answerBytes);
            return;
        }
        GraphQLFieldDefinition definition = parent instanceof GraphQLFieldsContainer container
                ? container.getFieldDefinition(field.getName()) : null;
        if (definition != null && badInput == null) {
            for (Argument argument : field.getArguments()) {
                var declared = definition.getArgument(argument.getName());
                if (declared != null) {
                    badInput = VariableCheck.literalProblem(declared.getType(), argument.getValue(),
                            "Argument '" + argument.getName() + "' of field '" + field.getName() + "'");
                    if (badInput != null) {
                        break;
                    }
                }
            }
        }
        GraphQLType type = definition == null ? null : GraphQLTypeUtil.unwrapAll(definition.getType());
        long below = multiplier * (inIntrospection ? 1 : fanOut(field, type));
        visit(field.getSelectionSet(), type instanceof GraphQLCompositeType composite ? composite : null, fieldDepth,
                inIntrospection, below, fragmentPath);
    }

    /**
     * What one instance of the field may add to the answer: a document's full text as much as the longest
     * document, the context around a span the characters asked for, anything else a typical small field.
     */
    private long bytes(GraphQLCompositeType parent, Field field) {
        String owner = parent == null ? "" : parent.getName();
        if (owner.equals("SourceDocument") && field.getName().equals("text")) {
            return FIELD_BYTES + longestDocument;
        }
        if (owner.equals("SourceSpan") && (field.getName().equals("before") || field.getName().equals("after"))) {
            return FIELD_BYTES + (argument(field, "chars") instanceof Number chars
                    ? Math.max(0, Math.min(chars.longValue(), SPAN_CONTEXT_MAX)) : SPAN_CONTEXT_DEFAULT);
        }
        return FIELD_BYTES;
    }

    /** How many objects one instance of this field can return: a page for connections, else one. */
    private long fanOut(Field field, GraphQLType type) {
        if (field.getName().equals("nodes")) {
            Object ids = argument(field, "ids");
            return ids instanceof List<?> list ? Math.max(1, list.size()) : 1;
        }
        if (!(type instanceof GraphQLNamedType named) || !named.getName().endsWith("Connection")) {
            return 1;
        }
        for (String name : List.of("first", "last")) {
            if (argument(field, name) instanceof Number size) {
                return Math.max(1, Math.min(size.longValue(), PageRequest.MAX_SIZE));
            }
        }
        return field.getName().equals("search") ? 10 : PageRequest.DEFAULT_SIZE;
    }

    private Object argument(Field field, String name) {
        for (Argument argument : field.getArguments()) {
            if (argument.getName().equals(name)) {
                return literal(argument.getValue());
            }
        }
        return null;
    }

    private Object literal(Value<?> value) {
        if (value instanceof IntValue integer) {
            return integer.getValue().longValue();
        }
        if (value instanceof ArrayValue array) {
            return array.getValues();
        }
        if (value instanceof VariableReference variable) {
            return variables.get(variable.getName());
        }
        return null;
    }

    private GraphQLCompositeType typeCondition(String name, GraphQLCompositeType fallback) {
        if (name != null && schema.getType(name) instanceof GraphQLCompositeType type) {
            return type;
        }
        return fallback;
    }

    private void exceed(String limit, long max, long actual) {
        if (excess == null) {
            excess = new Excess(limit, max, actual);
        }
    }
}
