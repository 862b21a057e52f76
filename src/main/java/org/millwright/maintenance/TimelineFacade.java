package org.millwright.maintenance;

import java.util.List;
import java.util.UUID;
import org.millwright.platform.assets.AssetTimeline;

/**
 * A machine's timeline: work orders, requests, alarms, predictions, notes, conversations and
 * feedback, newest first. The modules above maintenance write to it through this facade
 * (maintenance never listens to their events).
 */
public interface TimelineFacade extends AssetTimeline {

    /** The newest entries of a machine of the tenant in context, at most {@code limit}. */
    List<TimelineItem> latest(UUID assetId, int limit);
}
