package org.millwright.platform.jobs;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface JobRecordRepository extends JpaRepository<JobRecord, UUID> {}
