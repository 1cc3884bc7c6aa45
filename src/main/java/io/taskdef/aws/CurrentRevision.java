package io.taskdef.aws;

import io.taskdef.compile.CompileResult;
import java.util.List;
import software.amazon.awssdk.services.ecs.model.Tag;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;

/** The latest ACTIVE revision of a family as ECS describes it, with its tags. */
record CurrentRevision(TaskDefinition taskDefinition, List<Tag> tags) {

    /** The fingerprint this service tagged the revision with, or null when something else registered it. */
    String fingerprint() {
        return tags.stream().filter(t -> CompileResult.FINGERPRINT_TAG.equals(t.key())).map(Tag::value).findFirst().orElse(null);
    }
}
