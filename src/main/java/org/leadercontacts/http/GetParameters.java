package org.leadercontacts.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Hands a checked GET request on to SmallRye GraphQL in the form its GET reader (Quarkus 3.34) turns back into
 * what the client sent. That reader replaces line breaks with spaces, so a {@code #} comment swallowed the rest
 * of the query; URL-decodes the already decoded parameters a second time, so a {@code +} or {@code %} in a
 * string changed; and reads the operation name from the query parameter, so naming one of several operations
 * failed. The parameters are URL-encoded once more, and a named operation is sent alone (printed again, so the
 * locations in its execution errors refer to that text; the guard's own errors refer to what was sent).
 */
final class GetParameters {

    private GetParameters() {
    }

    /**
     * Rewrites the request's query parameters. The guard has parsed and validated the query already, and checked
     * that an operation of the requested name exists; a blank operation name reaches here as null.
     */
    static void handOn(RoutingContext context, String query, String operationName, Document document) {
        MultiMap parameters = context.queryParams();
        String sent = query;
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName != null && operations.size() > 1) {
            OperationDefinition named = operations.stream().filter(o -> operationName.equals(o.getName()))
                    .findFirst().orElseThrow();
            sent = AstPrinter.printAst(alone(named, document));
        }
        // The operation is chosen by now; SmallRye would take this parameter's value from the query.
        parameters.remove("operationName");
        parameters.set("query", encode(sent));
        for (String name : List.of("variables", "extensions")) {
            String value = parameters.get(name);
            if (value == null || value.isBlank()) {
                parameters.remove(name);
            } else {
                parameters.set(name, encode(value));
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The operation with the fragments it uses, directly or through other fragments. */
    static Document alone(OperationDefinition operation, Document document) {
        Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        Map<String, FragmentDefinition> used = new LinkedHashMap<>();
        collect(operation.getSelectionSet(), fragments, used);
        List<Definition> definitions = new ArrayList<>();
        definitions.add(operation);
        definitions.addAll(used.values());
        return Document.newDocument().definitions(definitions).build();
    }

    private static void collect(SelectionSet selections, Map<String, FragmentDefinition> fragments,
            Map<String, FragmentDefinition> used) {
        if (selections == null) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                collect(field.getSelectionSet(), fragments, used);
            } else if (selection instanceof InlineFragment inline) {
                collect(inline.getSelectionSet(), fragments, used);
            } else if (selection instanceof FragmentSpread spread && !used.containsKey(spread.getName())) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null) {
                    used.put(spread.getName(), fragment);
                    collect(fragment.getSelectionSet(), fragments, used);
                }
            }
        }
    }
}
