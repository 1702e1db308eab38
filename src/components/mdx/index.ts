// The components a chapter may use without importing them (passed to every chapter's <Content />).
import Bibliography from './Bibliography.astro';
import Callout from './Callout.astro';
import Checklist from './Checklist.astro';
import Exchange from './Exchange.astro';
import SafetyNote from './SafetyNote.astro';
import Say from './Say.astro';
import ToolEmbed from './ToolEmbed.astro';
import ToolLink from './ToolLink.astro';

export const mdxComponents = { Bibliography, Callout, Checklist, Exchange, SafetyNote, Say, ToolEmbed, ToolLink };
