package org.forumprotocol.deployment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;

/** Plain HTTP against a running {@link ForumProcess}, as any API client would call it. */
public final class Api {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            // Redirects are part of what is tested (an API call must never be sent to the login page).
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final ForumProcess forum;
    private final String authorization;

    private Api(ForumProcess forum, String authorization) {
        this.forum = forum;
        this.authorization = authorization;
    }

    public static Api anonymous(ForumProcess forum) {
        return new Api(forum, null);
    }

    public static Api as(ForumProcess forum, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(forum, "Basic " + token);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** The body as a JSON object, with the whole response in the message when it is not one. */
    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        } catch (JsonParsingException | IllegalStateException e) {
            throw new AssertionError("expected a JSON object from " + describe(response) + ": " + e.getMessage(), e);
        }
    }

    /** The body as a JSON array, with the whole response in the message when it is not one. */
    public static JsonArray jsonArray(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        } catch (JsonParsingException | IllegalStateException e) {
            throw new AssertionError("expected a JSON array from " + describe(response) + ": " + e.getMessage(), e);
        }
    }

    /** Status, content type and body, for failure messages. */
    public static String describe(HttpResponse<String> response) {
        return response.request().method() + " " + response.request().uri() + " -> " + response.statusCode() + " "
                + response.headers().firstValue("Content-Type").orElse("(no content type)") + " " + response.body();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(forum.uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + request.method() + " " + request.uri(), e);
        }
    }
}
