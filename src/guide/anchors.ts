// The ids of the guide's headings that the shell's "Jump to" button scrolls to. Their own module,
// so that the shell can name them without loading the lazily drawn lists.

/** The lesson's "Try this" list. */
export const TRY_THIS_HEADING_ID = 'try-this-heading'

/** The mistake card's own experiment, where "Jump to" leads while a mistake is switched on. */
export const SEE_IT_HAPPEN_ID = 'see-it-happen'
