package com.tradesense.analytics.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tradesense.analytics.Convention;
import org.junit.jupiter.api.Test;

/**
 * Every kernel against the worked examples StockCharts ChartSchool publishes with each indicator (the cs-*.xls
 * spreadsheets linked from the indicator's page). Where a sheet is quoted from a transcription, the transcription is
 * named; the numbers are the sheet's. Blank cells of a sheet are asserted as NaN (null in the API).
 */
class PublishedReferenceTests {

    /**
     * ChartSchool "Moving Averages - Simple and Exponential", cs-movavg.xls, 10-day SMA and EMA columns (two decimals):
     * https://chartschool.stockcharts.com/table-of-contents/technical-indicators-and-overlays/technical-overlays/moving-averages-simple-and-exponential
     */
    static final double[] MOVAVG_CLOSE = {22.2734, 22.194, 22.0847, 22.1741, 22.184, 22.1344, 22.2337, 22.4323,
            22.2436, 22.2933, 22.1542, 22.3926, 22.3816, 22.6109, 23.3558, 24.0519, 23.753, 23.8324, 23.9516, 23.6338,
            23.8225, 23.8722, 23.6537, 23.187, 23.0976, 23.326, 22.6805, 23.0976, 22.4025, 22.1725};
    static final double[] SMA10 = {22.22, 22.21, 22.23, 22.26, 22.31, 22.42, 22.61, 22.77, 22.91, 23.08, 23.21,
            23.38, 23.53, 23.65, 23.71, 23.69, 23.61, 23.51, 23.43, 23.28, 23.13};
    static final double[] EMA10 = {22.22, 22.21, 22.24, 22.27, 22.33, 22.52, 22.80, 22.97, 23.13, 23.28, 23.34,
            23.43, 23.51, 23.54, 23.47, 23.40, 23.39, 23.26, 23.23, 23.08, 22.92};

    @Test
    void smaAndEmaMatchChartSchoolsTenDayExampleWithTheEmaSeededBySma() {
        double[] sma = Sma.series(MOVAVG_CLOSE, 10);
        double[] ema = Ema.series(MOVAVG_CLOSE, 10, false);
        assertWarmUp(sma, 9);
        assertWarmUp(ema, 9);
        assertFrom(sma, 9, SMA10, 0.005);
        assertFrom(ema, 9, EMA10, 0.005);
    }

    /** ChartSchool "Relative Strength Index (RSI)", cs-rsi.xls, 14-day RSI column. */
    static final double[] RSI_CLOSE = {44.3389, 44.0902, 44.1497, 43.6124, 44.3278, 44.8264, 45.0955, 45.4245,
            45.8433, 46.0826, 45.8931, 46.0328, 45.614, 46.282, 46.282, 46.0028, 46.0328, 46.4116, 46.2222, 45.6439,
            46.2122, 46.2521, 45.7137, 46.4515, 45.7835, 45.3548, 44.0288, 44.1783, 44.2181, 44.5672, 43.4205,
            42.6628, 43.1314};
    static final double[] RSI14 = {70.5328, 66.3186, 66.5498, 69.4063, 66.3552, 57.9749, 62.9296, 63.2571,
            56.0593, 62.3771, 54.7076, 50.4228, 39.9898, 41.4605, 41.8689, 45.4632, 37.304, 33.0795, 37.773};

    @Test
    void rsiMatchesChartSchoolsWorkedExampleFromTheFifteenthBar() {
        double[] rsi = Rsi.series(RSI_CLOSE, 14);
        assertWarmUp(rsi, 14);
        assertFrom(rsi, 14, RSI14, 1e-3);
    }

    /** ChartSchool "Average True Range (ATR)", cs-atr.xls, 14-day ATR column. */
    static final double[] ATR_HIGH = {48.7, 48.72, 48.9, 48.87, 48.82, 49.05, 49.2, 49.35, 49.92, 50.19, 50.12,
            49.66, 49.88, 50.19, 50.36, 50.57, 50.65, 50.43, 49.63, 50.33, 50.29, 50.17, 49.32, 48.5, 48.3201, 46.8,
            47.8, 48.39, 48.66, 48.79};
    static final double[] ATR_LOW = {47.79, 48.14, 48.39, 48.37, 48.24, 48.635, 48.94, 48.86, 49.5, 49.87, 49.2,
            48.9, 49.43, 49.725, 49.26, 50.09, 50.3, 49.21, 48.98, 49.61, 49.2, 49.43, 48.08, 47.64, 41.55, 44.2833,
            47.31, 47.2, 47.9, 47.7301};
    static final double[] ATR_CLOSE = {48.16, 48.61, 48.75, 48.63, 48.74, 49.03, 49.07, 49.32, 49.91, 50.13, 49.53,
            49.5, 49.75, 50.03, 50.31, 50.52, 50.41, 49.34, 49.37, 50.23, 49.2375, 49.93, 48.43, 48.18, 46.57, 45.41,
            47.77, 47.72, 48.62, 47.85};
    static final double[] ATR14 = {0.555, 0.593929, 0.585791, 0.568949, 0.615452, 0.61792, 0.642354, 0.674329,
            0.69277, 0.775429, 0.78147, 1.209229, 1.30262, 1.38029, 1.366698, 1.336219, 1.316482};

    @Test
    void atrMatchesChartSchoolsWorkedExampleFromTheFourteenthBar() {
        double[] atr = Atr.series(ATR_HIGH, ATR_LOW, ATR_CLOSE, 14, Convention.STOCKCHARTS);
        assertWarmUp(atr, 13);
        assertFrom(atr, 13, ATR14, 1e-5);
    }

    @Test
    void taLibAtrLeavesOutTheFirstBarAndStartsOneBarLater() {
        double[] atr = Atr.series(ATR_HIGH, ATR_LOW, ATR_CLOSE, 14, Convention.TA_LIB);
        // TA-Lib ta_ATR.c: the first value is the plain mean of the true ranges of bars 2..15.
        double sum = 0;
        for (int i = 1; i <= 14; i++) {
            sum += Math.max(ATR_HIGH[i], ATR_CLOSE[i - 1]) - Math.min(ATR_LOW[i], ATR_CLOSE[i - 1]);
        }
        assertThat(atr[13]).isNaN();
        assertThat(atr[14]).isCloseTo(sum / 14, within(1e-12));
    }

    /** ChartSchool "Bollinger Bands", cs-bbands.xls, (20, 2) columns. */
    static final double[] BB_CLOSE = {86.1557, 89.0867, 88.7829, 90.3228, 89.0671, 91.1453, 89.4397, 89.175,
            86.9302, 87.6752, 86.9596, 89.4299, 89.3221, 88.7241, 87.4497, 87.2634, 89.4985, 87.9006, 89.126, 90.7043,
            92.9001, 92.9784, 91.8021, 92.6647, 92.6843, 92.3021, 92.7725, 92.5373, 92.949, 93.2039, 91.0669, 89.8318,
            89.7435, 90.3994, 90.7387, 88.0177, 88.0867, 88.8439, 90.7781, 90.5416, 91.3894, 90.65};
    static final double[] BB_MIDDLE = {88.70794, 89.04516, 89.239745, 89.390705, 89.5078, 89.68866, 89.7465,
            89.91314, 90.081255, 90.382195, 90.65863, 90.863995, 90.88409, 90.90516, 90.988925, 91.153375, 91.19109,
            91.1205, 91.167665, 91.25027, 91.242135, 91.1666, 91.05018};
    static final double[] BB_UPPER = {91.291862, 91.949268, 92.612595, 92.9342, 93.31195, 93.72845, 93.899592,
            94.266255, 94.565096, 94.786912, 95.043001, 94.907605, 94.902912, 94.89532, 94.861013, 94.673629,
            94.556593, 94.678752, 94.575786, 94.534271, 94.532306, 94.369251, 94.148503};
    static final double[] BB_LOWER = {86.124018, 86.141052, 85.866895, 85.84721, 85.70365, 85.64887, 85.593408,
            85.560025, 85.597414, 85.977478, 86.274259, 86.820385, 86.865268, 86.915, 87.116837, 87.633121,
            87.825587, 87.562248, 87.759544, 87.966269, 87.951964, 87.963949, 87.951857};

    @Test
    void bollingerBandsMatchChartSchoolsWorkedExampleWithPopulationDeviation() {
        double[][] bands = Bollinger.series(BB_CLOSE, 20, 2);
        assertWarmUp(bands[0], 19);
        assertWarmUp(bands[1], 19);
        assertFrom(bands[0], 19, BB_MIDDLE, 1e-5);
        assertFrom(bands[1], 19, BB_UPPER, 1e-5);
        assertFrom(bands[2], 19, BB_LOWER, 1e-5);
    }

    /**
     * ChartSchool "Average Directional Index (ADX)", cs-adx.xls (+DI14, -DI14 and ADX columns), as transcribed in
     * bukosabino/ta test/data/cs-adx.csv.
     */
    static final double[][] ADX_BARS = {{30.1983, 29.4072, 29.872}, {30.2776, 29.3182, 30.2381},
            {30.4458, 29.9611, 30.0996}, {29.3478, 28.7443, 28.9028}, {29.3477, 28.5566, 28.9225},
            {29.2886, 28.4081, 28.4775}, {28.8334, 28.0818, 28.5566}, {28.7346, 27.4289, 27.5576},
            {28.6654, 27.6565, 28.4675}, {28.8532, 27.8345, 28.2796}, {28.6356, 27.3992, 27.4882},
            {27.6761, 27.0927, 27.231}, {27.2112, 26.1826, 26.3507}, {26.8651, 26.1332, 26.3309},
            {27.409, 26.6277, 27.0333}, {26.9441, 26.1332, 26.2221}, {26.5189, 25.4307, 26.0144},
            {26.5189, 25.3518, 25.4605}, {27.0927, 25.876, 27.0333}, {27.686, 26.964, 27.4487},
            {28.4477, 27.1421, 28.3586}, {28.5267, 28.0123, 28.4278}, {28.6654, 27.884, 27.953},
            {29.0116, 27.9928, 29.0116}, {29.872, 28.7643, 29.3776}, {29.8028, 29.1402, 29.3576},
            {29.7529, 28.7127, 28.9107}, {30.6546, 28.929, 30.6149}, {30.5951, 30.0304, 30.0502},
            {30.7635, 29.3863, 30.189}, {31.1698, 30.1365, 31.1202}};
    static final double[] PLUS_DI = {6.7494187, 6.2919781, 5.7817867};
    static final double[] MINUS_DI = {32.4195605, 33.9457668, 36.4278403};
    static final double[] PLUS_DI_LATE = {23.8153238, 22.8134766, 20.6131527, 21.9656407};
    static final double[] MINUS_DI_LATE = {18.1258276, 17.3633223, 20.1994349, 18.7390828};
    static final double[] ADX14 = {33.5833461, 32.1534947, 29.9292238, 28.3576178};

    @Test
    void adxAndDirectionalIndicesMatchChartSchoolsWorkedExample() {
        double[][] adx = Adx.series(column(ADX_BARS, 0), column(ADX_BARS, 1), column(ADX_BARS, 2), 14);
        assertWarmUp(adx[1], 14);
        assertWarmUp(adx[0], 27);
        assertFrom(adx[1], 14, PLUS_DI, 1e-4);
        assertFrom(adx[2], 14, MINUS_DI, 1e-4);
        assertFrom(adx[1], 27, PLUS_DI_LATE, 1e-4);
        assertFrom(adx[2], 27, MINUS_DI_LATE, 1e-4);
        assertFrom(adx[0], 27, ADX14, 1e-4);
    }

    /**
     * ChartSchool "Stochastic Oscillator", cs-sto.xls (%K 14 and its 3-day SMA), as transcribed in bukosabino/ta
     * test/data/cs-soo.csv. The sheet gives closes only from the 14th bar, where %K starts.
     */
    static final double[][] STOCH_BARS = {{127.009, 125.3574}, {127.6159, 126.1633}, {126.5911, 124.9296},
            {127.3472, 126.0937}, {128.173, 126.8199}, {128.4317, 126.4817}, {127.3671, 126.034}, {126.422, 124.8301},
            {126.8995, 126.3921}, {126.8498, 125.7156}, {125.646, 124.5615}, {125.7156, 124.5715},
            {127.1582, 125.0689}, {127.7154, 126.8597, 127.2876}, {127.6855, 126.6309, 127.1781},
            {128.2228, 126.8001, 128.0138}, {128.2725, 126.7105, 127.1085}, {128.0934, 126.8001, 127.7253},
            {128.2725, 126.1335, 127.0587}, {127.7353, 125.9245, 127.3273}, {128.77, 126.9891, 128.7103},
            {129.2873, 127.8148, 127.8745}, {130.0633, 128.4715, 128.5809}, {129.1182, 128.0641, 128.6008},
            {129.2873, 127.6059, 127.9342}, {128.4715, 127.596, 128.1133}, {128.0934, 126.999, 127.596},
            {128.6506, 126.8995, 127.596}, {129.1381, 127.4865, 128.6904}, {128.6406, 127.397, 128.2725}};
    static final double[] STOCH_K = {70.43822, 67.608909, 89.202108, 65.810552, 81.747713, 64.523797, 74.529776,
            98.581442, 70.104533, 73.056091, 73.417791, 61.23129, 60.956271, 40.386102, 40.386102, 66.828549,
            56.73142};
    static final double[] STOCH_D = {74.20719, 78.920124, 70.694021, 73.600429, 79.211672, 81.071917, 80.580689,
            72.192805, 69.235057, 65.201784, 54.191221, 47.242825, 49.200251, 54.64869};

    @Test
    void stochasticMatchesChartSchoolsWorkedExample() {
        double[] high = column(STOCH_BARS, 0);
        double[] low = column(STOCH_BARS, 1);
        double[] close = new double[STOCH_BARS.length];
        for (int i = 0; i < close.length; i++) {
            close[i] = STOCH_BARS[i].length > 2 ? STOCH_BARS[i][2] : low[i];
        }
        double[][] stochastic = Stochastic.series(high, low, close, 14, 1, 3);
        assertWarmUp(stochastic[0], 13);
        assertWarmUp(stochastic[1], 15);
        assertFrom(stochastic[0], 13, STOCH_K, 1e-5);
        assertFrom(stochastic[1], 16, STOCH_D, 1e-5);
        // The sheet leaves %D blank on bar 16, although three %K values exist; the 3-day SMA is defined there.
        assertThat(stochastic[1][15]).isCloseTo((STOCH_K[0] + STOCH_K[1] + STOCH_K[2]) / 3, within(1e-5));
    }

    /**
     * ChartSchool "On Balance Volume (OBV)", cs-obv.xls, as transcribed in bukosabino/ta test/data/cs-obv.csv: the
     * first day has no volume and OBV counts from zero.
     */
    static final double[] OBV_CLOSE = {53.26, 53.3, 53.32, 53.72, 54.19, 53.92, 54.65, 54.6, 54.21, 54.53, 53.79,
            53.66, 53.56, 53.57, 53.94, 53.27, 53.6, 53.65, 53.62, 53.27, 53.44};
    static final double[] OBV_VOLUME = {0, 8200, 8100, 8300, 8900, 9200, 13300, 10300, 9900, 10100, 11300, 12600,
            10700, 11500, 23800, 14600, 11700, 10400, 9500, 13900, 10400};
    static final double[] OBV = {8200, 16300, 24600, 33500, 24300, 37600, 27300, 17400, 27500, 16200, 3600, -7100,
            4400, 28200, 13600, 25300, 35700, 26200, 12300, 22700};

    @Test
    void obvMatchesChartSchoolsWorkedExample() {
        double[] obv = Obv.series(OBV_CLOSE, OBV_VOLUME, Convention.STOCKCHARTS);
        assertThat(obv[0]).isZero();
        assertFrom(obv, 1, OBV, 0);
    }

    @Test
    void taLibObvStartsAtTheFirstBarsVolume() {
        double[] volume = OBV_VOLUME.clone();
        volume[0] = 5000;
        double[] obv = Obv.series(OBV_CLOSE, volume, Convention.TA_LIB);
        assertThat(obv[0]).isEqualTo(5000);
        assertThat(obv[1]).isEqualTo(13200);
    }

    static double[] column(double[][] rows, int index) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i][index];
        }
        return out;
    }

    /** Blank cells: no value before bar {@code first}. */
    static void assertWarmUp(double[] actual, int first) {
        for (int i = 0; i < first; i++) {
            assertThat(actual[i]).as("bar %d of the warm-up", i).isNaN();
        }
    }

    /** {@code expected} are the published values from bar {@code first} on. */
    static void assertFrom(double[] actual, int first, double[] expected, double tolerance) {
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[first + i]).as("bar %d", first + i).isCloseTo(expected[i], within(tolerance));
        }
    }
}
