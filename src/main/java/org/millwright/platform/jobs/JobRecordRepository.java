package org.millwright.platform.jobs;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JobRecordRepository extends JpaRepository<JobRecord, UUID> {

    @Query("select j.id from JobRecord j where j.state in :states")
    List<UUID> findIdsByStateIn(Collection<JobState> states);

    Optional<JobRecord> findFirstByTypeAndStateInOrderByCreatedAt(String type, Collection<JobState> states);
}
