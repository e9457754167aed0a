package vn.ocop.workflow.cycle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The cycle's tables: ideas, trainings, support requests, promotion. */
@Mapper
public interface CycleMapper {

  void insertIdea(IdeaRow idea);

  void insertAttendance(@Param("productId") long productId, @Param("trainingNumber") int trainingNumber,
      @Param("attended") boolean attended, @Param("trainingDate") LocalDate trainingDate,
      @Param("attendeeName") String attendeeName, @Param("recordedAt") LocalDateTime recordedAt);

  List<Integer> selectAttendedTrainings(long productId);

  void insertSupportRequest(SupportRequestRow request);

  int updateSupportOutcome(@Param("id") long id, @Param("outcome") String outcome,
      @Param("handledAt") LocalDateTime handledAt);

  List<SupportRequestRow> selectSupportRequests(long productId);

  void insertPromotionActivity(@Param("productId") long productId, @Param("activityType") String activityType,
      @Param("details") String details, @Param("doneOn") LocalDate doneOn, @Param("recordedAt") LocalDateTime recordedAt);

  List<String> selectPromotionActivityTypes(long productId);

  /** A row of {@code ocop_idea}. */
  class IdeaRow {
    public Long id;
    public long productId;
    public String formType;
    public String description;
    public LocalDate receivedOn;
    public String status;
    public String processInstanceId;
    public LocalDateTime createdAt;
    public LocalDateTime updatedAt;
  }

  /** A row of {@code ocop_support_request}. */
  class SupportRequestRow {
    public Long id;
    public long productId;
    public String supportType;
    public String description;
    public String handlerLevel;
    public String status;
    public String outcome;
    public LocalDateTime requestedAt;
    public LocalDateTime handledAt;
  }
}
