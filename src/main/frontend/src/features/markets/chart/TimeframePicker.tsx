import { useTranslation } from 'react-i18next';
import { Segmented } from '../../../components/ui/Segmented';
import { TIMEFRAMES, type Timeframe } from './candles';

/** The chart's timeframes as a radio group: short codes shown, full names read out. */
export function TimeframePicker({ value, onChange }: { value: Timeframe['key']; onChange: (key: Timeframe['key']) => void }) {
  const { t } = useTranslation();
  return (
    <Segmented
      label={t('instrument.timeframe')}
      options={TIMEFRAMES.map((tf) => tf.key)}
      value={value}
      onChange={onChange}
      render={(key) => (
        <>
          <span aria-hidden="true">{key}</span>
          <span className="sr-only">{t(`instrument.tf.${key}`)}</span>
        </>
      )}
      size="sm"
      mono
    />
  );
}
