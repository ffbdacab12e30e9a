package org.leadercontacts.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.idl.TypeInfo;

import org.leadercontacts.common.InvalidInputException;
import org.leadercontacts.common.PartialDate;

/**
 * Checks variable values against their declared input types as the GraphQL specification coerces
 * them, before execution. SmallRye GraphQL's scalars accept any value at that stage and fail
 * later as server errors (an Int of 1.5, a Date of "2025-99-99" inside an input object), so this
 * is where such a mistake becomes a clear client error.
 */
final class VariableCheck {

    private VariableCheck() {
    }

    /** The first problem with the variables, or null. */
    static String problem(GraphQLSchema schema, OperationDefinition operation, Map<String, Object> variables) {
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            GraphQLType type = schema.getType(TypeInfo.typeInfo(definition.getType()).getName());
            if (!(type instanceof GraphQLInputType)) {
                continue;
            }
            GraphQLType declared = wrap(definition.getType(), type);
            String where = "Variable '$" + definition.getName() + "'";
            if (!variables.containsKey(definition.getName())) {
                continue;
            }
            String problem = check(declared, variables.get(definition.getName()), where);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** The problem with a literal argument value of the given type, or null; variables are checked separately. */
    static String literalProblem(GraphQLType type, graphql.language.Value<?> literal, String where) {
        if (containsVariable(literal)) {
            return null;
        }
        return check(type, plain(literal), where);
    }

    private static boolean containsVariable(graphql.language.Value<?> value) {
        if (value instanceof graphql.language.VariableReference) {
            return true;
        }
        if (value instanceof graphql.language.ArrayValue array) {
            return array.getValues().stream().anyMatch(VariableCheck::containsVariable);
        }
        if (value instanceof graphql.language.ObjectValue object) {
            return object.getObjectFields().stream().anyMatch(f -> containsVariable(f.getValue()));
        }
        return false;
    }

    /** A literal as the plain value a JSON variable would have. */
    private static Object plain(graphql.language.Value<?> value) {
        if (value instanceof graphql.language.IntValue v) {
            return v.getValue();
        }
        if (value instanceof graphql.language.FloatValue v) {
            return v.getValue();
        }
        if (value instanceof graphql.language.StringValue v) {
            return v.getValue();
        }
        if (value instanceof graphql.language.BooleanValue v) {
            return v.isValue();
        }
        if (value instanceof graphql.language.EnumValue v) {
            return v.getName();
        }
        if (value instanceof graphql.language.ArrayValue v) {
            return v.getValues().stream().map(VariableCheck::plain).toList();
        }
        if (value instanceof graphql.language.ObjectValue v) {
            Map<String, Object> fields = new java.util.LinkedHashMap<>();
            v.getObjectFields().forEach(f -> fields.put(f.getName(), plain(f.getValue())));
            return fields;
        }
        return null;
    }

    private static GraphQLType wrap(graphql.language.Type<?> ast, GraphQLType named) {
        if (ast instanceof graphql.language.NonNullType nonNull) {
            return GraphQLNonNull.nonNull(wrap(nonNull.getType(), named));
        }
        if (ast instanceof graphql.language.ListType list) {
            return GraphQLList.list(wrap(list.getType(), named));
        }
        return named;
    }

    private static String check(GraphQLType type, Object value, String where) {
        if (type instanceof GraphQLNonNull nonNull) {
            return value == null ? where + " must not be null." : check(nonNull.getWrappedType(), value, where);
        }
        if (value == null) {
            return null;
        }
        if (type instanceof GraphQLList list) {
            if (value instanceof List<?> values) {
                for (int i = 0; i < values.size(); i++) {
                    String problem = check(list.getWrappedType(), values.get(i), where + "[" + i + "]");
                    if (problem != null) {
                        return problem;
                    }
                }
                return null;
            }
            return check(list.getWrappedType(), value, where);
        }
        if (type instanceof GraphQLInputObjectType object) {
            if (!(value instanceof Map<?, ?> fields)) {
                return where + " must be an object of type " + object.getName() + ".";
            }
            for (Object name : fields.keySet()) {
                if (object.getField(String.valueOf(name)) == null) {
                    return where + " has no field '" + name + "' (type " + object.getName() + ").";
                }
            }
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                String problem = check(field.getType(), fields.get(field.getName()), where + "." + field.getName());
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (type instanceof GraphQLEnumType enumType) {
            return value instanceof String name && enumType.getValue(name) != null ? null
                    : where + " must be one of " + enumType.getValues().stream().map(v -> v.getName()).toList() + ".";
        }
        if (type instanceof GraphQLScalarType scalar) {
            return scalar(scalar.getName(), value, where);
        }
        return null;
    }

    private static String scalar(String name, Object value, String where) {
        if (value instanceof String text && text.indexOf('\u0000') >= 0) {
            // No text here contains one, and PostgreSQL refuses it in a query parameter.
            return where + " must not contain the NUL character (U+0000).";
        }
        switch (name) {
            case "Int":
                if (value instanceof Number number && isInt(number)) {
                    return null;
                }
                return where + " must be a 32-bit integer; got " + value + ".";
            case "Float":
                return value instanceof Number ? null : where + " must be a number; got " + value + ".";
            case "Boolean":
                return value instanceof Boolean ? null : where + " must be true or false; got " + value + ".";
            case "String":
                return value instanceof String ? null : where + " must be a string.";
            case "ID":
                return value instanceof String || value instanceof Number && isInt((Number) value) ? null
                        : where + " must be an ID (a string).";
            case "Date":
                try {
                    LocalDate.parse((String) value);
                    return null;
                } catch (ClassCastException | DateTimeParseException e) {
                    return where + " must be a date as YYYY-MM-DD; got " + value + ".";
                }
            case "PartialDate":
                try {
                    new PartialDate((String) value);
                    return null;
                } catch (ClassCastException | InvalidInputException e) {
                    return where + " must be a date as YYYY, YYYY-MM or YYYY-MM-DD; got " + value + ".";
                }
            default:
                return null;
        }
    }

    private static boolean isInt(Number number) {
        try {
            BigDecimal decimal = new BigDecimal(number.toString());
            return decimal.stripTrailingZeros().scale() <= 0 && decimal.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                    && decimal.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
