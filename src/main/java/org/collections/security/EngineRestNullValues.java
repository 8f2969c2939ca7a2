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
 * than the engine's, answers 400 in the engine's error format instead, and logs the cause for whoever looks.
 */
@Component
class EngineRestNullValues implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(Mapper.class);
    }

    static final class Mapper implements ExceptionMapper<NullPointerException> {

        private static final Logger log = LoggerFactory.getLogger(EngineRestNullValues.class);

        @Override
        public Response toResponse(NullPointerException exception) {
            log.info("Engine REST request refused: a value it needs is missing", exception);
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", "InvalidRequestException", "message",
                            "the request lacks a value it needs (a variable needs {\"value\": ...}), or names "
                                    + "something that does not exist"))
                    .build();
        }
    }
}
