package org.leadercontacts.live;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * Gives each event of a subscription a request context of its own, so that the fields resolved for it read the store
 * in a fresh Hibernate session and nothing outlives the event. Quarkus's data fetchers activate the context state
 * they find under {@code "state"} in the execution's GraphQL context (as its HTTP handler stores it), and run on the
 * calling thread when {@code "runBlocking"} is true; a subscription's execution outlives any request, so this puts a
 * new state there before each event and destroys the previous one. Events of one subscription are resolved one at a
 * time (the WebSocket handler requests the next when it has sent the last), so the previous event is done by then.
 * Both keys are Quarkus internals: {@code SubscriptionTests} (nested fields of events) fails if an upgrade renames them.
 */
final class PerEventRequestContext {

    static final String STATE = "state";
    static final String RUN_BLOCKING = "runBlocking";

    private final GraphQLContext graphQLContext;
    private ContextState current;

    private PerEventRequestContext(GraphQLContext graphQLContext) {
        this.graphQLContext = graphQLContext;
        graphQLContext.put(RUN_BLOCKING, true);
    }

    /** For the subscription whose root field is being fetched on this thread. */
    static PerEventRequestContext ofCurrentSubscription() {
        DataFetchingEnvironment environment = SmallRyeContextManager.getCurrentSmallRyeContext()
                .unwrap(DataFetchingEnvironment.class);
        return new PerEventRequestContext(environment.getGraphQlContext());
    }

    /** Before an event is resolved: a new request context for it; the previous event's is destroyed. */
    synchronized void next() {
        close();
        ManagedContext requests = Arc.container().requestContext();
        boolean active = requests.isActive();
        ContextState outer = active ? requests.getState() : null;
        if (active) {
            requests.deactivate();
        }
        requests.activate();
        current = requests.getState();
        requests.deactivate();
        if (outer != null) {
            requests.activate(outer);
        }
        graphQLContext.put(STATE, current);
    }

    /** When the subscription ends. */
    synchronized void close() {
        if (current != null) {
            Arc.container().requestContext().destroy(current);
            current = null;
        }
    }
}
