// The components a chapter may use without importing them (passed to every chapter's <Content />), and `a`, which
// renders the chapter's own markdown links.
import Bibliography from './Bibliography.astro';
import Callout from './Callout.astro';
import Checklist from './Checklist.astro';
import Exchange from './Exchange.astro';
import Link from './Link.astro';
import SafetyNote from './SafetyNote.astro';
import Say from './Say.astro';
import ToolEmbed from './ToolEmbed.astro';
import ToolLink from './ToolLink.astro';

export const mdxComponents = { a: Link, Bibliography, Callout, Checklist, Exchange, SafetyNote, Say, ToolEmbed, ToolLink };
