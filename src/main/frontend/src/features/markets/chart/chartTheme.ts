import { ColorType, CrosshairMode, TickMarkType, type DeepPartial, type ChartOptions, type Time } from 'lightweight-charts';

/** Lightweight Charts themed to the quiet-luxury palette (see styles/index.css). */
export const CHART_COLORS = {
  text: '#a1a1aa',
  grid: 'rgba(255, 255, 255, 0.045)',
  border: 'rgba(255, 255, 255, 0.08)',
  crosshair: 'rgba(212, 175, 122, 0.55)',
  label: '#1d1d22',
  up: '#10b981',
  down: '#f87171',
  upVolume: 'rgba(16, 185, 129, 0.32)',
  downVolume: 'rgba(248, 113, 113, 0.32)',
};

function seconds(time: Time): number {
  return typeof time === 'number' ? time : typeof time === 'string' ? Date.parse(time) / 1000 : Date.UTC(time.year, time.month - 1, time.day) / 1000;
}

/** Axis and crosshair labels in the exchange's time zone and the user's locale. */
export function chartOptions(locale: string, timeZone: string, daily: boolean): DeepPartial<ChartOptions> {
  const at = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone, ...options });
  const crosshair = daily ? at({ dateStyle: 'medium' }) : at({ dateStyle: 'medium', timeStyle: 'short' });
  const year = at({ year: 'numeric' });
  const month = at({ month: 'short' });
  const day = at({ day: 'numeric', month: 'short' });
  const time = at({ hour: '2-digit', minute: '2-digit' });
  return {
    autoSize: true,
    layout: { background: { type: ColorType.Solid, color: 'transparent' }, textColor: CHART_COLORS.text, fontFamily: "'Geist Mono', ui-monospace, monospace", fontSize: 11 },
    grid: { vertLines: { color: CHART_COLORS.grid }, horzLines: { color: CHART_COLORS.grid } },
    rightPriceScale: { borderColor: CHART_COLORS.border, scaleMargins: { top: 0.08, bottom: 0.26 } },
    timeScale: {
      borderColor: CHART_COLORS.border,
      timeVisible: !daily,
      secondsVisible: false,
      rightOffset: 4,
      tickMarkFormatter: (t: Time, type: TickMarkType) => {
        const date = new Date(seconds(t) * 1000);
        if (type === TickMarkType.Year) return year.format(date);
        if (type === TickMarkType.Month) return month.format(date);
        if (type === TickMarkType.DayOfMonth) return day.format(date);
        return time.format(date);
      },
    },
    crosshair: {
      mode: CrosshairMode.Normal,
      vertLine: { color: CHART_COLORS.crosshair, labelBackgroundColor: CHART_COLORS.label, style: 3 },
      horzLine: { color: CHART_COLORS.crosshair, labelBackgroundColor: CHART_COLORS.label, style: 3 },
    },
    localization: { locale, timeFormatter: (t: Time) => crosshair.format(new Date(seconds(t) * 1000)) },
    handleScale: { axisPressedMouseMove: true },
  };
}
