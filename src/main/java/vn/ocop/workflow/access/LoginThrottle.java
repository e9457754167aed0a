package vn.ocop.workflow.access;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;

/**
 * Slows down password guessing without ever locking anyone out. Each wrong password for a user from one
 * client address makes that pair wait before its next try: 1 s, then 2, 4, 8 … up to 60 s; the wait ends
 * by itself, the right password works again once it has passed, and a successful login forgets the pair.
 * Another address is not slowed, so an attacker cannot keep an officer (or the administrator) out by
 * guessing from elsewhere. Pairs untouched for 15 minutes are forgotten. Both entrances use it: HTTP
 * Basic on {@code /engine-rest} and {@code /api}, and the webapps' login form. The engine's own throttling,
 * which locks a user after ten failures whoever made them, is switched off (application.yaml).
 */
@Component
public class LoginThrottle {

  static final long MAX_DELAY_MILLIS = 60_000;
  static final long FORGET_AFTER_MILLIS = 15 * 60_000;
  static final int MAX_ENTRIES = 100_000;
  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

  private record Failures(int count, long lastFailure, long blockedUntil) {
  }

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  /** Milliseconds this user must still wait before trying from this address; 0 when a try is allowed. */
  public long waitMillis(String userId, String address) {
    Failures entry = failures.get(key(userId, address));
    return entry == null ? 0 : Math.max(0, entry.blockedUntil() - now());
  }

  public void failed(String userId, String address) {
    long now = now();
    if (failures.size() >= MAX_ENTRIES) {
      forgetOld(now);
    }
    Failures entry = failures.compute(key(userId, address), (key, old) -> {
      int count = old == null || now - old.lastFailure() > FORGET_AFTER_MILLIS ? 1 : old.count() + 1;
      long delay = Math.min(MAX_DELAY_MILLIS, 1000L << Math.min(count - 1, 16));
      return new Failures(count, now, now + delay);
    });
    LOG.warn("Wrong password for user '{}' from {} ({} in a row): next try in {} s", userId, address, entry.count(),
        (entry.blockedUntil() - now) / 1000);
  }

  public void succeeded(String userId, String address) {
    failures.remove(key(userId, address));
  }

  private void forgetOld(long now) {
    failures.entrySet().removeIf(e -> now - e.getValue().lastFailure() > FORGET_AFTER_MILLIS);
    if (failures.size() >= MAX_ENTRIES) {
      failures.entrySet().stream().sorted(Comparator.comparingLong(e -> e.getValue().lastFailure()))
          .limit(failures.size() - MAX_ENTRIES / 2).map(Map.Entry::getKey).toList().forEach(failures::remove);
    }
  }

  /** The Vietnamese answer to a login refused while its delay runs. */
  public static String message(long waitMillis) {
    return "Đăng nhập sai nhiều lần. Xin chờ " + Math.max(1, (waitMillis + 999) / 1000) + " giây rồi thử lại.";
  }

  private static String key(String userId, String address) {
    return (userId == null ? "" : userId.trim().toLowerCase(Locale.ROOT)) + "\n" + address;
  }

  private static long now() {
    return EngineClock.now().getTime();
  }
}
