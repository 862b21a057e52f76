package org.millwright.assistant.internal.feedback;

import java.util.UUID;

/** The machine feedback concerns: its id, type code and site. */
record Machine(UUID id, String type, UUID siteId) {}
