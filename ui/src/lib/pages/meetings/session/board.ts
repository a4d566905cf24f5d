// What the parts of a decision under way share with the card that holds them: the
// decision, whether it can still change, and how a change (the decision and its new
// result, as the API answers them) goes back up.
import type { Decision } from '../../../bindings/Decision';
import type { DecisionResult } from '../../../bindings/DecisionResult';

export type DecisionChange = (decision: Decision, result: DecisionResult) => void;

/** The props of a board on which a decision is recorded (the votes, the consensus). */
export type BoardProps = { decision: Decision; editable: boolean; onchange: DecisionChange };
