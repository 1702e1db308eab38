import type { ComponentChildren } from 'preact';
import type { StoredState } from '../../lib/storage';
import { RelationshipBar } from './relationship/RelationshipBar';
import { SaveStatus } from './SaveStatus';
import { StorageNotices } from './StorageNotices';

/**
 * What every tool shows above its own parts: which relationship it is working on (with switching, sharing and the
 * example banner), where the words are saved, and anything the person must be told about stored data.
 */
export function ToolFrame(props: { class: string; stores: StoredState<any>[]; namesHere?: boolean; children: ComponentChildren }) {
  return (
    <div class={`tool ${props.class}`}>
      <div class="no-print">
        <RelationshipBar namesHere={props.namesHere} />
        <SaveStatus stores={props.stores} />
        <StorageNotices stores={props.stores} />
      </div>
      {props.children}
    </div>
  );
}
