import { h, type Component, type FunctionComponent } from 'preact';

const sameProps = (a: object, b: object): boolean => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
};

/**
 * A component that re-renders only when one of its props changed (compared one by one): what preact/compat's
 * memo does, without bringing compat's other 3 KB to every tool page. Large worksheets need it: typing in one goal
 * then re-renders that goal, not all of them.
 */
export function memo<P extends object>(component: FunctionComponent<P>): FunctionComponent<P> {
  function Memoed(this: Component<P>, props: P) {
    this.shouldComponentUpdate = (next: P) => !sameProps(this.props as object, next);
    return h(component, props);
  }
  Memoed.displayName = `Memo(${component.displayName ?? component.name})`;
  return Memoed as FunctionComponent<P>;
}
