package vn.ocop.workflow.registry;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A per-client limit on the public endpoints (verification, QR codes, catalogue, page): at most
 * {@code ocop.public.requests-per-minute} requests a minute from one address, then 429. Behind a
 * reverse proxy, configure the proxy to pass the client address (server.forward-headers-strategy).
 */
@Configuration(proxyBeanMethods = false)
class PublicRateLimit {

  @Bean
  FilterRegistrationBean<Filter> publicRateLimitFilter(@Value("${ocop.public.requests-per-minute:120}") int perMinute) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter(perMinute));
    registration.addUrlPatterns("/api/public/*", "/ocop/*");
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final int perMinute;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile long minute = currentMinute();

    Filter(int perMinute) {
      this.perMinute = perMinute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      long now = currentMinute();
      if (now != minute) {
        counts.clear();
        minute = now;
      }
      if (counts.computeIfAbsent(request.getRemoteAddr(), a -> new AtomicInteger()).incrementAndGet() > perMinute) {
        response.setStatus(429);
        response.setHeader("Retry-After", "60");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"message\":\"Bạn tra cứu quá nhiều lần trong một phút, vui lòng thử lại sau.\"}");
        return;
      }
      chain.doFilter(request, response);
    }

    /**
     * The minute of the JVM's monotonic timer: a window of elapsed time, not a date, so neither the engine's
     * clock (which tests move and freeze) nor a change of the system's date moves it.
     */
    private static long currentMinute() {
      return System.nanoTime() / 60_000_000_000L;
    }
  }
}
