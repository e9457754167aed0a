package vn.ocop.workflow.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  final LoginThrottle throttle = new LoginThrottle();
  long start;

  @BeforeEach
  void freezeTheClock() {
    start = 1_800_000_000_000L;
    ClockUtil.setCurrentTime(new Date(start));
  }

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
  }

  void at(long millisAfterStart) {
    ClockUtil.setCurrentTime(new Date(start + millisAfterStart));
  }

  @Test
  void eachWrongPasswordDoublesTheWaitUpToAMinute() {
    long[] expected = {1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000, 60_000};
    long now = 0;
    for (long wait : expected) {
      at(now);
      throttle.failed("admin", "10.0.0.9");
      assertThat(throttle.waitMillis("admin", "10.0.0.9")).isEqualTo(wait);
      now += wait;
    }
  }

  @Test
  void theWaitEndsByItselfAndNobodyIsLockedForGood() {
    for (int i = 0; i < 50; i++) {
      throttle.failed("admin", "10.0.0.9");
    }
    at(59_999);
    assertThat(throttle.waitMillis("admin", "10.0.0.9")).isPositive();
    at(60_000);
    assertThat(throttle.waitMillis("admin", "10.0.0.9")).isZero();
  }

  @Test
  void anotherAddressIsNotSlowedSoAnAttackerCannotKeepTheUserOut() {
    throttle.failed("xatamtien", "203.0.113.7");
    assertThat(throttle.waitMillis("xatamtien", "203.0.113.7")).isPositive();
    assertThat(throttle.waitMillis("xatamtien", "10.0.0.5")).isZero();
    assertThat(throttle.waitMillis("xadongtam", "203.0.113.7")).isZero();
  }

  @Test
  void aSuccessfulLoginForgetsThePairAndSoDoFifteenQuietMinutes() {
    throttle.failed("admin", "a");
    throttle.failed("admin", "a");
    throttle.succeeded("admin", "a");
    throttle.failed("admin", "a");
    assertThat(throttle.waitMillis("admin", "a")).isEqualTo(1_000);
    throttle.failed("admin", "b");
    at(15 * 60_000 + 1);
    throttle.failed("admin", "b");
    assertThat(throttle.waitMillis("admin", "b")).isEqualTo(1_000);
  }

  @Test
  void theUserIdIsComparedWithoutCaseOrSpaces() {
    throttle.failed("Admin ", "a");
    assertThat(throttle.waitMillis("admin", "a")).isPositive();
  }

  @Test
  void theMessageSaysHowLongToWaitInVietnamese() {
    assertThat(LoginThrottle.message(1_500)).isEqualTo("Đăng nhập sai nhiều lần. Xin chờ 2 giây rồi thử lại.");
  }
}
