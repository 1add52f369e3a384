/** The script switch's public entry: the 繁 ⇄ 简 toggle, and the switch itself (keyboard, warm-up). */
export { ScriptToggle } from './ScriptToggle';
export { prepareToggle, toggleScript } from './toggle';
