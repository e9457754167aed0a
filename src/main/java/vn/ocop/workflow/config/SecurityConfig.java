package vn.ocop.workflow.config;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import vn.ocop.workflow.access.OcopGroups;

/**
 * Three filter chains.
 * <ul>
 *   <li>The supervisors' dashboard ({@code /api/dashboard}): GET only, HTTP Basic or the webapps' session,
 *       the role checked by its controller.</li>
 *   <li>Machine APIs ({@code /engine-rest}, our {@code /api}, {@code /actuator}): stateless HTTP Basic
 *       against the Camunda identity service; the engine then knows the user, so authorizations apply.
 *       Public: {@code GET /engine-rest/engine}, {@code /actuator/health}, {@code /api/public/**}; the
 *       other actuator endpoints and {@code /api/admin/**} are the administrator's. {@code /api/products/**} (a dossier's documents)
 *       also takes the user logged in to the webapps, whom the controller reads ({@code RequestUser}).</li>
 *   <li>Everything else, i.e. the Camunda webapps under {@code /camunda}: left to Camunda's own login,
 *       CSRF filter (XSRF-TOKEN) and security headers. Spring's form login, CSRF and headers would break
 *       the webapps' login and are therefore off here.</li>
 * </ul>
 * Paths are matched as plain path patterns: {@code /engine-rest} is served by Jersey, not by Spring MVC's
 * dispatcher, so MVC-aware matchers would never match it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {

  /**
   * The supervisors' dashboard ({@code /api/dashboard}), read by Cockpit with the webapps' session, or with
   * HTTP Basic like the rest of {@code /api}: the controller checks the user and the role
   * ({@code RequestUser}); GET only, so no CSRF token is involved.
   */
  @Bean
  @Order(0)
  SecurityFilterChain dashboardChain(HttpSecurity http) throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(path.matcher("/api/dashboard/**"))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path.matcher(HttpMethod.GET, "/api/dashboard/**")).permitAll()
            .anyRequest().denyAll())
        .httpBasic(basic -> basic.realmName("OCOP"))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, IdentityService identityService) throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(new OrRequestMatcher(
            path.matcher("/engine-rest/**"), path.matcher("/api/**"), path.matcher("/actuator/**")))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path.matcher(HttpMethod.GET, "/engine-rest/engine")).permitAll()
            .requestMatchers(path.matcher(HttpMethod.GET, "/actuator/health"),
                path.matcher(HttpMethod.GET, "/actuator/health/**")).permitAll()
            .requestMatchers(path.matcher("/api/public/**")).permitAll()
            // a product's documents: HTTP Basic, or Tasklist's session; the controller decides (401/404)
            .requestMatchers(path.matcher("/api/products/**")).permitAll()
            .requestMatchers(path.matcher("/actuator/**")).hasAuthority(OcopGroups.CAMUNDA_ADMIN)
            .requestMatchers(path.matcher("/api/admin/**")).hasAuthority(OcopGroups.CAMUNDA_ADMIN)
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("OCOP"))
        .csrf(csrf -> csrf.disable())
        // Tasklist's dossier tab shows a PDF or image of /api/products/… in a frame of its own page
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .requestCache(cache -> cache.disable());
    return http.build();
  }
}
