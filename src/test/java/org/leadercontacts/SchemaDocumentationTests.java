package org.leadercontacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

/** Every type, field, argument and enum value of the schema says what it is. */
class SchemaDocumentationTests {

    @Test
    void everythingIsDescribed() throws IOException {
        TypeDefinitionRegistry registry = new SchemaParser().parse(Files.readString(Path.of("graphql", "schema.graphql")));
        List<String> undescribed = new ArrayList<>();
        for (TypeDefinition<?> type : registry.types().values()) {
            check(undescribed, type.getName(), description(type));
            if (type instanceof ObjectTypeDefinition object) {
                object.getFieldDefinitions().forEach(field -> checkField(undescribed, type.getName(), field));
            } else if (type instanceof InterfaceTypeDefinition object) {
                object.getFieldDefinitions().forEach(field -> checkField(undescribed, type.getName(), field));
            } else if (type instanceof InputObjectTypeDefinition input) {
                input.getInputValueDefinitions().forEach(value -> check(undescribed, type.getName() + "." + value.getName(),
                        value.getDescription()));
            } else if (type instanceof EnumTypeDefinition enumType) {
                enumType.getEnumValueDefinitions().forEach(value -> check(undescribed,
                        type.getName() + "." + value.getName(), value.getDescription()));
            }
        }
        assertEquals(List.of(), undescribed, "schema elements without a description");
    }

    private static void checkField(List<String> undescribed, String type, FieldDefinition field) {
        check(undescribed, type + "." + field.getName(), field.getDescription());
        field.getInputValueDefinitions().forEach(argument -> check(undescribed,
                type + "." + field.getName() + "(" + argument.getName() + ")", argument.getDescription()));
    }

    private static Description description(TypeDefinition<?> type) {
        if (type instanceof ObjectTypeDefinition t) {
            return t.getDescription();
        } else if (type instanceof InterfaceTypeDefinition t) {
            return t.getDescription();
        } else if (type instanceof InputObjectTypeDefinition t) {
            return t.getDescription();
        } else if (type instanceof EnumTypeDefinition t) {
            return t.getDescription();
        }
        return null;
    }

    private static void check(List<String> undescribed, String name, Description description) {
        if (description == null || description.getContent().isBlank()) {
            undescribed.add(name);
        }
    }
}
