import { QualityPanel, type QualityPanelProps } from '../quality/index.ts';

/** The strategy-quality panel beside the map; choosing a finding's objective selects it. */
export function QualityAside(props: QualityPanelProps) {
  return (
    <aside className="bm-aside" aria-label="Strategy quality">
      <div className="bm-aside-body">
        <QualityPanel {...props} />
      </div>
    </aside>
  );
}
