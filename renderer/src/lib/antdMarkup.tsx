import DownOutlined from '@ant-design/icons/DownOutlined';
import useSelectStyle from 'antd/es/select/style';
import { cloneElement, type CSSProperties, type ReactElement, type ReactNode } from 'react';

/*
 * The markup antd's Flex, Tag and Typography.Text render, for parts repeated many times on a first screen
 * (issue 11 §8: each antd component instance runs a dozen hooks — token, semantic class names, CSS-variable
 * registration, ellipsis measurement — and the matrix's cards were half of its first render). The look comes
 * whole from antd's precompiled stylesheet (theme `zeroRuntime`, `hashed: false`: plain `.ant-*` selectors)
 * and the CSS variables antd writes under ANTD_CSS_VAR for each component type an antd instance of it has
 * mounted: a screen using these must also mount one real antd component of each kind (the matrix's columns,
 * header tags and title do). test/unit/antdMarkup.test.ts renders both and compares them.
 */

/** The class antd puts on every component's root, under which it writes the theme's CSS variables (app/theme.ts). */
export const ANTD_CSS_VAR = 'css-var-matrixdesk';

export const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

/** antd `<Flex gap={gap} align wrap vertical style>`. */
export function PlainFlex({
  gap,
  align,
  wrap,
  vertical,
  style,
  children,
  ...rootProps
}: {
  gap: number;
  align?: 'center';
  wrap?: boolean;
  vertical?: boolean;
  style?: CSSProperties;
  children: ReactNode;
} & Record<`data-${string}`, string>) {
  // A vertical Flex stretches its items unless told otherwise (antd's default `align` for that direction).
  const alignment = align ?? (vertical ? 'stretch' : undefined);
  return (
    <div
      {...rootProps}
      className={classes(
        'ant-flex',
        ANTD_CSS_VAR,
        wrap && 'ant-flex-wrap-wrap',
        alignment && `ant-flex-align-${alignment}`,
        vertical && 'ant-flex-vertical',
      )}
      style={{ ...style, gap }}
    >
      {children}
    </div>
  );
}

/** antd's preset tag colours (the ones this app passes to Tag; `default` is antd's grey). */
export type PresetColor =
  'magenta' | 'orange' | 'red' | 'green' | 'geekblue' | 'volcano' | 'blue' | 'purple' | 'default';

/** antd `<Tag color={color} style title>` with a preset colour or none; data attributes go on the tag. */
export function PlainTag({
  color,
  style,
  title,
  children,
  ...rootProps
}: {
  color?: PresetColor | undefined;
  style?: CSSProperties;
  title?: string;
  children: ReactNode;
} & Record<`data-${string}`, string>) {
  return (
    <span
      {...rootProps}
      title={title}
      className={classes('ant-tag', 'ant-tag-filled', color && `ant-tag-${color}`, ANTD_CSS_VAR)}
      style={style}
    >
      {children}
    </span>
  );
}

/** antd `<Typography.Text strong? type="secondary"?>` (no ellipsis, copy or edit). */
export function PlainText({
  strong,
  secondary,
  children,
}: {
  strong?: boolean;
  secondary?: boolean;
  children: ReactNode;
}) {
  return (
    <span className={classes('ant-typography', secondary && 'ant-typography-secondary', ANTD_CSS_VAR)}>
      {strong ? <strong>{children}</strong> : children}
    </span>
  );
}

/** antd `<Card size="small" title extra>` (outlined, no cover, tabs or actions); other props go on its root. */
export function PlainSmallCard({
  title,
  extra,
  style,
  children,
  ...rootProps
}: {
  title: ReactNode;
  extra: ReactNode;
  style?: CSSProperties;
  children: ReactNode;
} & Record<`data-${string}`, string>) {
  return (
    <div
      {...rootProps}
      className={classes('ant-card', 'ant-card-bordered', 'ant-card-small', ANTD_CSS_VAR)}
      style={style}
    >
      <div className="ant-card-head">
        <div className="ant-card-head-wrapper">
          <div className="ant-card-head-title">{title}</div>
          <div className="ant-card-extra">{extra}</div>
        </div>
      </div>
      <div className="ant-card-body">{children}</div>
    </div>
  );
}

/** antd `<Button type="text" size="small" danger? icon aria-label>` with no text. */
export function PlainIconButton({
  label,
  icon,
  danger,
  onClick,
}: {
  label: string;
  icon: ReactNode;
  danger: boolean;
  onClick(): void;
}) {
  return (
    <button
      aria-label={label}
      type="button"
      className={classes(
        'ant-btn',
        ANTD_CSS_VAR,
        'ant-btn-text',
        danger && 'ant-btn-dangerous',
        danger ? 'ant-btn-color-dangerous' : 'ant-btn-color-default',
        'ant-btn-variant-text',
        'ant-btn-sm',
        'ant-btn-icon-only',
      )}
      onClick={onClick}
    >
      <span className="ant-btn-icon">{icon}</span>
    </button>
  );
}

/** antd `<Row gutter={gutter}>` (horizontal gutter only). */
export function PlainRow({ gutter, children }: { gutter: number; children: ReactNode }) {
  return (
    <div className={classes('ant-row', ANTD_CSS_VAR)} style={{ marginInline: -gutter / 2 }}>
      {children}
    </div>
  );
}

/** antd `<Col xs={xs} lg={lg}>` inside a PlainRow with the same `gutter`. */
export function PlainCol({
  xs,
  lg,
  gutter,
  children,
}: {
  xs: number;
  lg: number;
  gutter: number;
  children: ReactNode;
}) {
  return (
    <div
      className={classes('ant-col', `ant-col-xs-${xs}`, `ant-col-lg-${lg}`, ANTD_CSS_VAR)}
      style={{ paddingInline: gutter / 2 }}
    >
      {children}
    </div>
  );
}

/** One entry of a one-level menu: its key, icon and text (a type, not an interface: antd's item type has an index signature). */
export type PlainMenuItem = {
  key: string;
  icon: ReactElement<{ className?: string }>;
  label: string;
};

/**
 * antd `<Menu mode="inline" selectedKeys={[selected]} style items>` with one level of items, each with an
 * icon, as it first renders (no item hovered, focused or active); a click on an item selects it. Its CSS variables are written under
 * `ant-menu-css-var` by a real Menu, which the caller mounts too (lib/SideBarLayout.tsx keeps one hidden).
 */
export function PlainInlineMenu({
  items,
  selected,
  style,
  onSelect,
}: {
  items: PlainMenuItem[];
  selected: string;
  style: CSSProperties;
  onSelect(key: string): void;
}) {
  return (
    <ul
      className={classes(
        'ant-menu',
        'ant-menu-root',
        'ant-menu-inline',
        'ant-menu-light',
        ANTD_CSS_VAR,
        'ant-menu-css-var',
      )}
      style={style}
      role="menu"
      tabIndex={0}
      data-menu-list="true"
    >
      {items.map((item) => (
        <li
          key={item.key}
          className={classes('ant-menu-item', item.key === selected && 'ant-menu-item-selected')}
          // antd indents inline items by level × 24 px.
          style={{ paddingLeft: 24 }}
          role="menuitem"
          tabIndex={-1}
          // A click may land before the real Menu takes over (a slow transition): it navigates all the same.
          onClick={() => onSelect(item.key)}
        >
          {cloneElement(item.icon, { className: classes(item.icon.props.className, 'ant-menu-item-icon') })}
          <span className="ant-menu-title-content">{item.label}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * antd `<Select mode="multiple" placeholder aria-label style={{ minWidth }}>` with nothing chosen, closed and
 * not yet measured (antd then sets the input's width to the 4 px its stylesheet already gives an empty one).
 * It draws the filter bars' selects in a first frame without their dozen hooks, popup trigger and the input
 * measurement that forced the page's first layout in the middle of React's commit. It only tells `onWake`
 * when it is focused or pressed (`open`), so the real Select can take over at once (FirstFrameSelect.tsx).
 * It writes the Select CSS variables its size and colours come from with antd's own Select style hook (in
 * zero-runtime mode that only registers them), so a screen needs no real Select in the same frame.
 */
export function PlainMultiSelect({
  placeholder,
  label,
  minWidth,
  onWake,
  ...rootProps
}: {
  placeholder: string;
  label: string;
  minWidth: number;
  onWake?(open: boolean): void;
} & Record<`data-${string}`, string>) {
  useSelectStyle('ant-select', 'ant-select-css-var');
  return (
    <div
      {...rootProps}
      className={classes(
        'ant-select',
        'ant-select-outlined',
        ANTD_CSS_VAR,
        'ant-select-css-var',
        'ant-select-multiple',
        'ant-select-show-arrow',
        'ant-select-show-search',
      )}
      style={{ minWidth }}
      onFocus={() => onWake?.(false)}
      onMouseDown={(e) => {
        e.preventDefault();
        onWake?.(true);
      }}
    >
      <div className="ant-select-content">
        <div
          className="ant-select-content-item ant-select-content-item-prefix"
          style={{ opacity: 1, order: -1 }}
        >
          <div className="ant-select-placeholder">{placeholder}</div>
        </div>
        <div
          className="ant-select-content-item ant-select-content-item-suffix"
          style={{ opacity: 1, order: 0 }}
        >
          <input
            type="text"
            aria-label={label}
            autoComplete="new-password"
            className="ant-select-input"
            role="combobox"
            aria-expanded="false"
            aria-haspopup="listbox"
            aria-autocomplete="list"
            defaultValue=""
          />
        </div>
      </div>
      <div className="ant-select-suffix">
        <DownOutlined />
      </div>
    </div>
  );
}
