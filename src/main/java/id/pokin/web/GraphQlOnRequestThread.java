package id.pokin.web;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.servlet.ServletException;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL request over HTTP is answered on the servlet thread that received it when its execution has finished by
 * then (the data fetchers here run on the calling thread). Spring for GraphQL answers through an async servlet
 * dispatch even when the result is ready: a hand-off to another container thread and a second pass through the
 * filter chain per request, and on a busy machine the hand-off waits for a core. A request's limits do not depend on
 * the thread: its deadline cancels the database work from the timer's thread ({@link RequestDeadline}), and each
 * transaction is bounded by the time the request has left.
 * {@code pokin.graphql.on-request-thread=false} restores Spring's stock hand-offs (to compare them).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "pokin.graphql.on-request-thread", matchIfMissing = true)
class GraphQlOnRequestThread {

	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler, ObjectProvider<JsonMapper> json) {
		return new ReadyResponses(handler,
				new JacksonJsonHttpMessageConverter(json.getIfAvailable(() -> JsonMapper.builder().build())));
	}

	/**
	 * Spring for GraphQL's handler, answering at once when the execution has finished by the time the handler
	 * returns (the usual case, every data fetcher running on the request's thread), through the async dispatch
	 * otherwise. The response is the one the stock handler builds (its media type, status and headers). The body is
	 * read and written with the application's JSON converter directly (the same {@code JsonMapper} Spring MVC's
	 * converter has), where the stock handler looked the converter up among all of Spring MVC's on every read and
	 * every write.
	 */
	static final class ReadyResponses extends GraphQlHttpHandler {

		private static final List<MediaType> SUPPORTED_MEDIA_TYPES = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
				MediaType.APPLICATION_JSON, MediaType.parseMediaType("application/graphql+json"));

		ReadyResponses(WebGraphQlHandler handler, HttpMessageConverter<?> json) {
			super(handler, json);
		}

		@Override
		protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
			CompletableFuture<ServerResponse> response = responseMono.map(graphQl -> response(request, graphQl))
				.toFuture();
			if (response.isDone() && !response.isCompletedExceptionally()) {
				try {
					return response.join();
				}
				catch (CompletionException ex) {
					// not expected once done without an exception; let the async path report it
				}
			}
			return ServerResponse.async(response);
		}

		private ServerResponse response(ServerRequest request, WebGraphQlResponse graphQl) {
			MediaType mediaType = responseMediaType(request);
			ServerResponse.BodyBuilder builder = ServerResponse.status(selectResponseStatus(graphQl, mediaType));
			builder.headers(headers -> headers.putAll(graphQl.getResponseHeaders()));
			builder.contentType(mediaType);
			java.util.Map<String, Object> body = graphQl.toMap();
			ServerResponse.HeadersBuilder.WriteFunction write = getWriteFunction(body, mediaType);
			return write != null ? builder.build(write) : builder.body(body);
		}

		private static MediaType responseMediaType(ServerRequest request) {
			List<MediaType> accepted;
			try {
				accepted = request.headers().accept();
			}
			catch (InvalidMediaTypeException ex) {
				throw new NotAcceptableStatusException(
						"Could not parse Accept header: " + request.headers().firstHeader("Accept") + ": " + ex.getMessage());
			}
			for (MediaType mediaType : accepted) {
				if (SUPPORTED_MEDIA_TYPES.contains(mediaType)) {
					return mediaType;
				}
			}
			return MediaType.APPLICATION_JSON;
		}

	}

}
