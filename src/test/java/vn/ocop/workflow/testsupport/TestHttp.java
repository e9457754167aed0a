package vn.ocop.workflow.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP calls against the running application, as a browser or a REST client would make them. */
public final class TestHttp {

  private final String baseUrl;
  private final CookieManager cookies;
  private final HttpClient client;

  public TestHttp(int port) {
    this(port, new CookieManager());
  }

  /** A client sharing its cookies with others: one browser talking to several nodes behind a load balancer. */
  public TestHttp(int port, CookieManager cookies) {
    this.baseUrl = "http://localhost:" + port;
    this.cookies = cookies;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  public HttpResponse<String> get(String path, String user, String password) {
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user, password)).GET().build());
  }

  /** A JSON request with HTTP Basic credentials, as Tasklist's and Modeler's REST calls are made. */
  public HttpResponse<String> post(String path, String json, String user, String password) {
    return send(HttpRequest.newBuilder(uri(path))
        .header("Authorization", basic(user, password))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build());
  }

  /** Any JSON request, with HTTP Basic credentials unless {@code user} is {@code null}. */
  public HttpResponse<String> request(String method, String path, String json, String user, String password) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (user != null) {
      request.header("Authorization", basic(user, password));
    }
    return send(request.build());
  }

  /** A JSON POST in the webapps' session after {@link #webappLogin}, with its XSRF token, as Tasklist makes it. */
  public HttpResponse<String> webappPost(String path, String json) {
    return webappPost(path, json, "application/json");
  }

  /** {@link #webappPost(String, String)} accepting this media type (Tasklist's lists: application/hal+json). */
  public HttpResponse<String> webappPost(String path, String json, String accept) {
    // after the login the session is new: a first read hands out its XSRF token, as Tasklist's first call does
    get("/camunda/api/admin/auth/user/default");
    String token = cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .reduce((first, last) -> last)
        .orElseThrow(() -> new AssertionError("No XSRF-TOKEN cookie: log in first"));
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", token)
        .header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build());
  }

  /** A JSON POST with HTTP Basic credentials accepting this media type (application/hal+json for Tasklist's lists). */
  public HttpResponse<String> post(String path, String json, String user, String password, String accept) {
    return send(HttpRequest.newBuilder(uri(path))
        .header("Authorization", basic(user, password))
        .header("Content-Type", "application/json")
        .header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build());
  }

  /** A multipart/form-data upload of one file, as Camunda Modeler deploys a model. */
  public HttpResponse<String> deploy(String deploymentName, String fileName, byte[] content, String user, String password) {
    String boundary = "ocop" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + deploymentName
        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"deploy-changed-only\"\r\n\r\ntrue"
        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(uri("/engine-rest/deployment/create"))
        .header("Authorization", basic(user, password))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build());
  }

  /**
   * A multipart/form-data upload of a dossier document ({@code kind}, {@code file}): with HTTP Basic when
   * {@code user} is given, otherwise in the webapps' session with its XSRF token when {@code withToken}.
   */
  public HttpResponse<String> uploadDocument(String path, String kind, String fileName, byte[] content, String user,
      String password, boolean withToken) {
    String boundary = "ocop" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind
        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (user != null) {
      request.header("Authorization", basic(user, password));
    } else if (withToken) {
      get("/camunda/api/admin/auth/user/default");
      request.header("X-XSRF-TOKEN", cookies.getCookieStore().getCookies().stream()
          .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
          .reduce((first, last) -> last).orElseThrow(() -> new AssertionError("No XSRF-TOKEN cookie: log in first")));
    }
    return send(request.build());
  }

  /** The bytes of a GET with HTTP Basic credentials (or the session's, when {@code user} is {@code null}). */
  public HttpResponse<byte[]> getBytes(String path, String user, String password) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (user != null) {
      request.header("Authorization", basic(user, password));
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("HTTP call failed: " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted: " + path, e);
    }
  }

  /**
   * Logs in to a Camunda webapp as its login page does: first a page load, which hands out the
   * XSRF-TOKEN cookie, then the login POST with that token in the X-XSRF-TOKEN header.
   */
  public HttpResponse<String> webappLogin(String app, String user, String password) {
    get("/camunda/app/" + app + "/default/");
    String token = cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("The webapp handed out no XSRF-TOKEN cookie"));
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build());
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("HTTP call failed: " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted: " + request.uri(), e);
    }
  }
}
