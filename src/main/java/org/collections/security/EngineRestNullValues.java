package org.collections.security;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API answers a request with a value missing where it expects one (a variable given as
 * {@code null} instead of {@code {"value": null}}, a form of a task that does not exist) with a
 * {@link NullPointerException}, which its own handler turns into a 500 naming Java classes. This mapper, more specific
 * than the engine's, answers 400 in the engine's error format instead, and logs the cause for whoever looks. One
 * thrown by the application's own steps or listeners stays a 500 (without class names), logged as an error.
 */
@Component
class EngineRestNullValues implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(Mapper.class);
    }

    /**
     * Whether a step, listener or service of the application threw it: a frame of ours between where it was thrown
     * and the REST resource (the command guard, which every engine call passes, does not count).
     */
    static boolean thrownByTheApplication(Throwable exception) {
        for (StackTraceElement frame : exception.getStackTrace()) {
            String name = frame.getClassName();
            if (name.startsWith("org.camunda.bpm.engine.rest.")) {
                return false;
            }
            if (name.startsWith("org.collections.") && !name.startsWith(EngineRestNullValues.class.getPackageName())) {
                return true;
            }
        }
        return false;
    }

    static final class Mapper implements ExceptionMapper<NullPointerException> {

        private static final Logger log = LoggerFactory.getLogger(EngineRestNullValues.class);

        @Override
        public Response toResponse(NullPointerException exception) {
            if (thrownByTheApplication(exception)) {
                log.error("Engine REST request failed in the application", exception);
                return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("type",
                        "ProcessEngineException", "message", "the request failed on the server; see its log")).build();
            }
            log.info("Engine REST request refused: a value it needs is missing", exception);
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", "InvalidRequestException", "message",
                            "the request lacks a value it needs (a variable needs {\"value\": ...}), or names "
                                    + "something that does not exist"))
                    .build();
        }
    }
}
