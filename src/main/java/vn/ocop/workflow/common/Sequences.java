package vn.ocop.workflow.common;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free named counters (product code per commune and year, certificate number per province and
 * year). The UPDATE locks the counter's row until the caller's transaction ends, so two dossiers never
 * receive the same number.
 */
@Service
public class Sequences {

  private final SequenceMapper mapper;

  Sequences(SequenceMapper mapper) {
    this.mapper = mapper;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public long next(String name) {
    if (mapper.increment(name) == 0) {
      // First use of this counter. Two transactions doing that at the same moment collide on the
      // primary key; the loser's whole transaction fails and its user simply submits again.
      mapper.insertFirst(name);
    }
    return mapper.selectLastValue(name);
  }
}
