// The popup's entry: renders at once (the search box is the first content), then fills in what the tab mentions.
import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { Popup } from './Popup';
import { readParams } from './params';

const params = readParams();
// Opened as the details page (a tab of its own), the view may be wider than the popup.
document.documentElement.classList.toggle('details', params.entity !== null);
render(<Popup params={params} />, document.getElementById('app')!);
