package dashboard

// row is one number of an export: the area it counts, the figure, the
// item of the figure (empty for a figure that is one number) and its value.
type row struct {
	area, figure, item Label
	value              float64
}

// rows returns the dashboard's numbers: the total's first, then each
// city's.
func (d *Dashboard) rows() []row {
	out := d.Total.rows()
	for i := range d.Cities {
		out = append(out, d.Cities[i].rows()...)
	}
	return out
}

// rows returns the numbers of one area's figures.
func (f *Figures) rows() []row {
	var out []row
	add := func(figure, item Label, v float64) { out = append(out, row{f.Area, figure, item, v}) }
	addRatio := func(figure Label, r Ratio, items [3]Label) {
		for i, v := range [...]float64{float64(r.Count), float64(r.Of), r.Share} {
			add(figure, items[i], v)
		}
	}
	addChart := func(figure Label, c Chart) {
		for i, l := range c.Labels {
			for _, s := range c.Series {
				item := l
				if len(c.Series) > 1 {
					item = Label{l.Code + "." + s.Code, l.ZH + " " + s.ZH, l.EN + " " + s.EN}
				}
				add(figure, item, s.Values[i])
			}
		}
	}
	add(activeLabel, Label{}, float64(f.Pool.Active))
	addChart(byStatusFigure, f.Pool.ByStatus)
	addChart(byCategoryFigure, f.Pool.ByCategory)
	add(newLabel, Label{}, float64(f.NewThisYear))
	add(exitedLabel, Label{}, float64(f.ExitedThisYear))
	addRatio(trainedFigure, f.Trained, trainedItems)
	add(qualifiedLabel, totalItem, float64(f.Qualified.Total))
	addChart(qualifiedLabel, f.Qualified.ByLevel)
	addRatio(coverageFigure, f.HubCoverage.Ratio, coverageItems)
	add(coverageFigure, targetItem, f.HubCoverage.Target)
	addChart(byAreaFigure, f.HubCoverage.ByArea)
	add(staffingFigure, totalItem, float64(f.HubStaffing.Hubs))
	addChart(staffingFigure, f.HubStaffing.BySocial)
	if sel := f.Selections; sel != nil {
		addChart(selectionFigure, Chart{Labels: selectionKinds, Series: sel.ByKind.Series[:1]})
		add(selectionFigure, targetItem, float64(sel.Target))
		addRatio(selectionFigure, sel.CitiesMet, selectionItems)
	}
	return out
}
