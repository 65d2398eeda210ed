// Registers only the chart.js parts the site uses (keeps the page's JavaScript small) and sets shared defaults.
import {
	Chart,
	LineController,
	LineElement,
	PointElement,
	LinearScale,
	CategoryScale,
	Filler,
	Legend,
	Tooltip,
	BarController,
	BarElement
} from 'chart.js';

Chart.register(
	LineController,
	LineElement,
	PointElement,
	LinearScale,
	CategoryScale,
	Filler,
	Legend,
	Tooltip,
	BarController,
	BarElement
);
Chart.defaults.animation = false;
Chart.defaults.font.family = 'system-ui, sans-serif';
Chart.defaults.maintainAspectRatio = false;

export { Chart };
