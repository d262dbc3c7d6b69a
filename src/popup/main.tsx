// The popup's entry: asks for the tab's report, renders at once, then fills in what the tab mentions.
import { render } from 'preact';
import theme from '../ui/theme.css?inline';
import popupStyles from './popup.css?inline';
import { loadReportFor } from './kb-client';
import { Popup } from './Popup';
import { readParams } from './params';

const params = readParams();
// Asked before the first render, not from an effect (effects wait for a paint): the answer travels while Preact renders.
const report = loadReportFor(params);

// The styles travel inside this module rather than as <link>s: a stylesheet still loading holds back module scripts,
// and two fewer requests brought the first content sooner (bench/popup.ts).
const style = document.createElement('style');
style.textContent = theme + popupStyles;
document.head.append(style);

// Opened as the details page (a tab of its own), the view may be wider than the popup.
document.documentElement.classList.toggle('details', params.entity !== null);
render(<Popup params={params} pendingReport={report} />, document.getElementById('app')!);
