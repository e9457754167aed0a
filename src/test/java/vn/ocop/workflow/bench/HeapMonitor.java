package vn.ocop.workflow.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap of this JVM, which runs the application: the live heap (what a full collection leaves) after
 * start, and under load the largest heap left after any collection while the load ran, next to the
 * largest heap in use (garbage included) and the time spent collecting.
 */
final class HeapMonitor implements AutoCloseable {

  private static final double MB = 1024.0 * 1024.0;

  private final AtomicLong maxAfterCollection = new AtomicLong();
  private final AtomicLong maxUsed = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();
  private final List<Runnable> detach = new ArrayList<>();
  private final Thread sampler;
  private final long gcMillisAtStart;
  private final long startedNanos = System.nanoTime();
  private volatile boolean running = true;

  private HeapMonitor() {
    gcMillisAtStart = gcMillis();
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        NotificationListener listener = this::collected;
        emitter.addNotificationListener(listener, null, null);
        detach.add(() -> {
          try {
            emitter.removeNotificationListener(listener);
          } catch (javax.management.ListenerNotFoundException ignored) {
            // already gone
          }
        });
      }
    }
    sampler = new Thread(() -> {
      while (running) {
        maxUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "bench-heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts watching the heap while a load runs. */
  static HeapMonitor watch() {
    return new HeapMonitor();
  }

  private void collected(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long after = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage usage = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
      if (pool.getType() == MemoryType.HEAP && usage != null) {
        after += usage.getUsed();
      }
    }
    maxAfterCollection.accumulateAndGet(after, Math::max);
    collections.incrementAndGet();
  }

  /** The live heap now: what a full collection leaves, in MB. */
  static double liveHeapMb() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
  }

  static double maxHeapMb() {
    return Runtime.getRuntime().maxMemory() / MB;
  }

  /** Milliseconds this JVM has spent collecting since it started. */
  static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .filter(t -> t >= 0).sum();
  }

  /** Collections this JVM has run since it started. */
  static long gcCollections() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount)
        .filter(c -> c >= 0).sum();
  }

  /** What was seen while watching. */
  record Seen(double maxAfterCollectionMb, double maxUsedMb, long collections, double gcShare) {
  }

  Seen seen() {
    double elapsedMillis = (System.nanoTime() - startedNanos) / 1e6;
    return new Seen(maxAfterCollection.get() / MB, maxUsed.get() / MB, collections.get(),
        (gcMillis() - gcMillisAtStart) / elapsedMillis);
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    detach.forEach(Runnable::run);
  }
}
