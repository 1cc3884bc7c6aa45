package io.taskdef.aws;

import java.util.List;

/**
 * What registering did (or, for a dry run, would do).
 *
 * @param taskDefinitionArn the revision now current for the spec: the new one, the unchanged current one, or for a
 *                          dry run the current one (null when the family has none)
 * @param revision          its revision number, null when there is none
 * @param created           true when a new revision was registered
 * @param policyApplied     true when the execution role now carries exactly the compiled inline policy (put by this
 *                          request, or already there)
 * @param actions           the changes made, or for a dry run the changes it would make
 * @param diff              dry run only: the normalized differences between the current revision and the compiled one
 */
public record Registration(String taskDefinitionArn, Integer revision, boolean created, boolean policyApplied,
                           List<PlannedAction> actions, List<Change> diff) {
}
