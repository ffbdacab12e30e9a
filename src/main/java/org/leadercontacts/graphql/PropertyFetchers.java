package org.leadercontacts.graphql;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.SmallRyeGraphQLServerLogging;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;

/**
 * Fetchers for plain properties of the domain types ({@code title}, {@code date}, …), registered through
 * SmallRye GraphQL's data fetcher SPI. SmallRye's own fetcher for such a field first fills a request context
 * for it: it clones the context and builds the list of selected fields twice, as JSON, for every field of
 * every row. Nothing reads that context for a plain property, and at 20 full rows per page it was a fifth of
 * the CPU of an uncached query (bench/results.md). This fetcher reads the property and applies SmallRye's
 * own implicit scalar transformations to it, exactly as SmallRye does, and skips the context. Fields with an
 * explicit format, an adapter or a map type keep SmallRye's fetcher. No getter of this service reads the
 * SmallRye {@code Context}; one that needs it must be a {@code @Source} resolver, which this never replaces.
 * Registered for reflection because the native image looks service providers up at run time too.
 */
@RegisterForReflection
public class PropertyFetchers implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        return isPlain(field) ? new PropertyFetcher<>(field, owner) : null;
    }

    static boolean isPlain(Field field) {
        Reference reference = field.getReference();
        return !field.hasTransformation() && !field.isAdaptingTo() && !field.isAdaptingWith()
                && !reference.isAdaptingTo() && !reference.isAdaptingWith()
                && !(field.hasWrapper() && field.getWrapper().isMap());
    }

    static final class PropertyFetcher<T> implements PlugableDataFetcher<T>, TrivialDataFetcher<T> {

        private final Field field;
        private final Reference owner;
        private final FieldHelper helper;
        private volatile Getter getter;

        PropertyFetcher(Field field, Reference owner) {
            this.field = field;
            this.owner = owner;
            this.helper = new FieldHelper(field);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(DataFetchingEnvironment environment) throws Exception {
            Object value = getter().get(environment.getSource());
            try {
                return (T) helper.transformOrAdaptResponse(value, environment);
            } catch (AbstractDataFetcherException e) {
                // As SmallRye's own fetcher does: log, and answer the untransformed value.
                SmallRyeGraphQLServerLogging.log.transformError(e);
                return (T) value;
            }
        }

        /**
         * Resolved on first use, the way SmallRye resolves it (a public field, or a public getter), because
         * the schema is built before the application's classes are loaded. Plain reflection, as SmallRye
         * uses, so that the native image needs no more than SmallRye already registers.
         */
        private Getter getter() throws ReflectiveOperationException {
            Getter resolved = getter;
            if (resolved == null) {
                Class<?> declaring = ClassloadingService.get().loadClass(owner.getClassName());
                if (field.getMethodName() == null) {
                    java.lang.reflect.Field property = declaring.getField(field.getPropertyName());
                    resolved = property::get;
                } else {
                    java.lang.reflect.Method method = declaring.getMethod(field.getMethodName());
                    resolved = method::invoke;
                }
                getter = resolved;
            }
            return resolved;
        }
    }

    @FunctionalInterface
    private interface Getter {
        Object get(Object source) throws ReflectiveOperationException;
    }
}
