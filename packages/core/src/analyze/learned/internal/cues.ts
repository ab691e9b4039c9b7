/**
 * Small closed-class word lists shared by the learned signals (team-curated; function words and
 * common discourse markers of English, not taken from any data set), space-separated.
 */

/** Words that negate what follows within a short window. */
export const NEGATIONS =
  "not no never none nobody nothing neither nor cannot without n't don't doesn't didn't isn't aren't " +
    "wasn't weren't won't wouldn't can't couldn't shouldn't haven't hasn't hadn't ain't mustn't needn't " +
    'dont doesnt didnt isnt arent wasnt werent wont wouldnt cant couldnt shouldnt havent hasnt hadnt aint nope';

/** Degree adverbs that strengthen the next sentiment word. */
export const INTENSIFIERS =
  'very really so extremely totally absolutely completely incredibly super too most highly utterly truly ' +
    'seriously freaking insanely hugely particularly especially exceptionally remarkably terribly awfully ' +
    'entirely fully deeply greatly majorly purely quite';

/** Degree adverbs that weaken the next sentiment word. */
export const DAMPENERS = 'slightly somewhat kinda sorta barely hardly marginally partly occasionally scarcely little bit';

/** Contrast markers: what follows them weighs more than what precedes them. */
export const CONTRASTS = 'but however although though yet';

/** First-person singular pronouns. */
export const FIRST_SINGULAR = "i me my mine myself i'm i've i'd i'll";
/** First-person plural pronouns. */
export const FIRST_PLURAL = "we us our ours ourselves we're we've we'd we'll let's";
/** Second-person pronouns. */
export const SECOND_PERSON = "you your yours yourself yourselves you're you've you'd you'll u ur";
