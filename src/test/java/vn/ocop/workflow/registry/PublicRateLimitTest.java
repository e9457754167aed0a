package vn.ocop.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PublicRateLimitTest {

  private static MockHttpServletResponse request(PublicRateLimit.Filter filter, String address) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/public/certificates/24-07201-001-2026");
    request.setRemoteAddr(address);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response;
  }

  @Test
  void aClientOverItsLimitGetsTooManyRequestsWithAVietnameseMessageAndOthersDoNot() throws Exception {
    PublicRateLimit.Filter filter = new PublicRateLimit.Filter(3);
    for (int i = 0; i < 3; i++) {
      assertThat(request(filter, "10.0.0.1").getStatus()).isEqualTo(200);
    }
    MockHttpServletResponse refused = request(filter, "10.0.0.1");
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
    assertThat(refused.getContentAsString()).contains("quá nhiều lần");
    assertThat(request(filter, "10.0.0.2").getStatus()).isEqualTo(200);
  }
}
