package org.leadercontacts.graphql;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.config.MeterFilter;

/**
 * SmallRye GraphQL's timer ({@code mp_graphql}) times every field with a resolver, nested ones included
 * ({@code source="true"}): one series per nested field name, and timings that overlap their root field's. Only
 * root fields (operations) are kept, as README promises.
 */
public class RootFieldTimers {

    static final String TIMER = "mp_graphql";

    @Produces
    @Singleton
    MeterFilter rootFieldsOnly() {
        return MeterFilter.deny(id -> TIMER.equals(id.getName()) && "true".equals(id.getTag("source")));
    }
}
