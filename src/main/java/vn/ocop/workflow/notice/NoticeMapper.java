package vn.ocop.workflow.notice;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The outbox ({@code ocop_notice}) and the digest choices ({@code ocop_notice_preference}). */
@Mapper
interface NoticeMapper {

  void insert(NoticeRow row);

  int countByDedupKey(@Param("dedupKey") String dedupKey);

  /** Ids of rows due for an attempt, oldest first. */
  List<Long> selectDue(@Param("now") LocalDateTime now, @Param("limit") int limit);

  /** PENDING → SENDING for this node only; 1 when this node won the row, 0 when another node (or none) did. */
  int claim(@Param("id") long id, @Param("node") String node, @Param("now") LocalDateTime now,
      @Param("until") LocalDateTime until);

  NoticeRow selectById(@Param("id") long id);

  int markSent(@Param("id") long id, @Param("node") String node, @Param("sentAt") LocalDateTime sentAt);

  int markFailedAttempt(@Param("id") long id, @Param("node") String node, @Param("status") String status,
      @Param("nextAttemptAt") LocalDateTime nextAttemptAt, @Param("lastError") String lastError);

  /** SENDING rows whose node did not report back in time (it stopped mid-send): never sent again by themselves. */
  int markUnconfirmed(@Param("now") LocalDateTime now);

  /** An administrator's decision to try a FAILED or UNCONFIRMED row again. */
  int requeue(@Param("id") long id, @Param("now") LocalDateTime now);

  List<NoticeRow> selectPage(@Param("status") String status, @Param("productId") Long productId,
      @Param("offset") int offset, @Param("limit") int limit);

  long count(@Param("status") String status, @Param("productId") Long productId);

  ProducerContact selectProducerContact(@Param("productId") long productId);

  IssuedCertificate selectIssuedCertificate(@Param("certificateId") long certificateId);

  Long selectProductOfCertificate(@Param("certificateId") long certificateId);

  Boolean selectDigestEnabled(@Param("userId") String userId);

  int updateDigestEnabled(@Param("userId") String userId, @Param("enabled") boolean enabled,
      @Param("now") LocalDateTime now);

  void insertDigestEnabled(@Param("userId") String userId, @Param("enabled") boolean enabled,
      @Param("now") LocalDateTime now);
}
