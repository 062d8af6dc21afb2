import { useTranslation } from 'react-i18next';
import { Segmented } from '../../components/ui/Segmented';
import { ASSET_CLASSES, type AssetClass } from './api';

type Option = AssetClass | 'ALL';
const OPTIONS: Option[] = ['ALL', ...ASSET_CLASSES];

export function AssetClassFilter({ value, onChange }: { value: AssetClass | undefined; onChange: (next: AssetClass | undefined) => void }) {
  const { t } = useTranslation();
  return (
    <Segmented
      label={t('markets.assetClass')}
      options={OPTIONS}
      value={value ?? 'ALL'}
      onChange={(option) => onChange(option === 'ALL' ? undefined : option)}
      render={(option) => t(`markets.class.${option}`)}
    />
  );
}
