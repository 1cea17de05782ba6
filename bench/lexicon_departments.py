"""Build ontology/lexicon/institution_department.tsv: the internal departments
(司, 局, 研究部) of the State Council bodies that policy texts on industry and
technology name, from the bodies' own 内设机构 pages (机构职能 / 内设机构 on each
ministry's site; 国务院发展研究中心 研究部门).

    .venv/bin/python bench/lexicon_departments.py > ontology/lexicon/institution_department.tsv

A department is one entity written with its ministry in front (工业和信息化部装备工业一司,
工信部装备工业一司): the term is the full ministry name + the department, the
aliases the ministry's official short names + the department.  The bare
department name is an alias only where no other body has a department of that
name (装备工业一司, 低空经济发展司; not 规划司, 科技司, 财务司, 国际合作司,
高新技术司, which several ministries have: a bare one of those is the rules'
job, in the context of its ministry).
"""
from __future__ import annotations

import sys

# ministry full name, its official short names (as in institution.tsv)
BODIES = {
    "国家发展和改革委员会": ["国家发展改革委", "国家发改委"],
    "工业和信息化部": ["工信部"],
    "科学技术部": ["科技部"],
    "商务部": [],
    "国家数据局": [],
    "国家能源局": [],
    "国家航天局": [],
    "国务院发展研究中心": [],
    "教育部": [],
    "自然资源部": [],
    "交通运输部": [],
    "农业农村部": [],
    "生态环境部": [],
    "水利部": [],
    "住房和城乡建设部": ["住建部", "住房城乡建设部"],
    "文化和旅游部": ["文旅部"],
    "国家卫生健康委员会": ["国家卫生健康委", "国家卫健委"],
}

# body -> departments; a trailing * marks a name only that body's department has
DEPARTMENTS = {
    # 国家发展改革委 内设机构 (incl. 民营经济发展局 2023, 低空经济发展司 2024)
    "国家发展和改革委员会": """
        办公厅 政策研究室 发展战略和规划司* 国民经济综合司* 经济运行调节局* 体制改革综合司*
        固定资产投资司* 利用外资和境外投资司* 地区振兴司* 区域开放司* 基础设施发展司*
        产业发展司 创新和高技术发展司* 资源节约和环境保护司* 社会发展司 就业收入分配和消费司*
        经济贸易司 财政金融和信用建设司* 价格司 法规司 国际合作司 人事司 农村经济司
        民营经济发展局* 低空经济发展司*
    """,
    # 工业和信息化部 内设机构
    "工业和信息化部": """
        办公厅 规划司 产业政策与法规司* 财务司 科技司 高新技术司 运行监测协调局* 中小企业局
        节能与综合利用司* 安全生产司 原材料工业司* 装备工业一司* 装备工业二司* 消费品工业司*
        电子信息司* 信息技术发展司* 信息通信发展司* 信息通信管理局* 网络安全管理局 无线电管理局
        国际合作司 人事教育司 军民融合推进司*
    """,
    # 科学技术部 内设机构 (2023 改革后)
    "科学技术部": """
        办公厅 战略规划司 政策法规与创新体系建设司* 资源配置与管理司* 重大专项司 基础研究司
        高新技术司 成果转化与区域创新司* 科技监督与诚信建设司* 国际合作司 人事司
    """,
    # 商务部 内设机构
    "商务部": """
        办公厅 综合司 条约法律司 财务司 服务贸易和商贸服务业司* 市场体系建设司* 市场运行和消费促进司*
        对外贸易司 外国投资管理司* 对外投资和经济合作司* 电子商务和信息化司* 贸易救济调查局*
        产业安全与进出口管制局* 国际经贸关系司* 世界贸易组织司*
    """,
    # 国家数据局 内设机构
    "国家数据局": """
        综合司 政策和规划司 数据资源司* 数字经济司 数字科技和基础设施建设司* 国际数据合作司*
    """,
    # 国家能源局 内设机构
    "国家能源局": """
        综合司 法制和体制改革司 发展规划司 能源节约和科技装备司* 电力司 核电司 煤炭司 石油天然气司
        新能源和可再生能源司* 市场监管司 电力安全监管司 国际合作司
    """,
    # 国家航天局 (商业航天司, 2025)
    "国家航天局": """
        商业航天司*
    """,
    # 国务院发展研究中心 研究部门
    "国务院发展研究中心": """
        宏观经济研究部 发展战略和区域经济研究部 产业经济研究部 农村经济研究部 社会发展研究部
        对外经济研究部 创新发展研究部 公共管理与人力资源研究所 企业研究所 市场经济研究所
        资源与环境政策研究所 金融研究所
    """,
    # 教育部 内设机构 (科学技术与信息化司: 2023)
    "教育部": """
        办公厅 政策法规司 发展规划司 综合改革司 人事司 财务司 教材局* 基础教育司 职业教育与成人教育司*
        高等教育司 教育督导局* 教师工作司* 民族教育司* 体育卫生与艺术教育司* 思想政治工作司*
        社会科学司* 科学技术与信息化司* 高校学生司* 语言文字应用管理司* 语言文字信息管理司*
        国际合作与交流司*
    """,
    # 自然资源部 内设机构
    "自然资源部": """
        办公厅 综合司 法规司 自然资源调查监测司* 自然资源确权登记局* 自然资源所有者权益司*
        自然资源开发利用司* 国土空间规划局* 国土空间用途管制司* 国土空间生态修复司* 耕地保护监督司*
        地质勘查管理司* 矿业权管理司* 矿产资源保护监督司* 海洋战略规划与经济司* 海域海岛管理司*
        海洋预警监测司* 国土测绘司* 地理信息管理司* 执法局 科技发展司 国际合作司 财务与资金运用司* 人事司
    """,
    # 交通运输部 内设机构
    "交通运输部": """
        办公厅 综合规划司 政策法规司 财务审计司 人事教育司 运输服务司* 公路局 水运局
        安全与质量监督管理司* 科技司 国际合作司
    """,
    # 农业农村部 内设机构
    "农业农村部": """
        办公厅 人事司 法规司 政策与改革司* 发展规划司 计划财务司 乡村产业发展司* 农村合作经济指导司*
        农村社会事业促进司* 市场与信息化司* 国际合作司 科技教育司 种植业管理司* 农田建设管理司*
        畜牧兽医局* 渔业渔政管理局* 种业管理司* 农垦局 农业机械化管理司* 农产品质量安全监管司*
    """,
    # 生态环境部 内设机构
    "生态环境部": """
        办公厅 综合司 法规与标准司* 科技与财务司* 自然生态保护司* 水生态环境司* 海洋生态环境司*
        大气环境司* 应对气候变化司* 土壤生态环境司* 固体废物与化学品司* 核设施安全监管司*
        核电安全监管司* 辐射源安全监管司* 环境影响评价与排放管理司* 生态环境监测司* 生态环境执法局*
        国际合作司 宣传教育司
    """,
    # 水利部 内设机构
    "水利部": """
        办公厅 规划计划司 政策法规司 财务司 人事司 水资源管理司* 水利工程建设司* 运行管理司 河湖管理司*
        水土保持司* 农村水利水电司* 水库移民司* 监督司 水旱灾害防御司* 水文司* 三峡工程管理司*
        南水北调工程管理司* 国际合作与科技司*
    """,
    # 住房和城乡建设部 内设机构
    "住房和城乡建设部": """
        办公厅 法规司 住房改革与发展司* 住房保障司* 城市建设司 村镇建设司* 标准定额司*
        房地产市场监管司* 建筑市场监管司* 工程质量安全监管司* 建筑节能与科技司* 住房公积金监管司*
        计划财务与外事司* 人事司
    """,
    # 文化和旅游部 内设机构
    "文化和旅游部": """
        办公厅 政策法规司 人事司 财务司 艺术司 公共服务司 科技教育司 非物质文化遗产司* 产业发展司
        资源开发司 市场管理司 文化市场综合执法监督局* 国际交流与合作局
    """,
    # 国家卫生健康委员会 内设机构
    "国家卫生健康委员会": """
        办公厅 人事司 规划发展与信息化司* 财务司 法规司 体制改革司 医政司 基层卫生健康司*
        卫生应急办公室 科技教育司 综合监督局 药物政策与基本药物制度司* 食品安全标准与监测评估司*
        老龄健康司* 妇幼健康司* 职业健康司* 人口监测与家庭发展司* 宣传司 国际合作司
    """,
}



def header() -> str:
    """The file's comment lines; the bodies named are those of DEPARTMENTS."""
    pages = ", ".join(b for b in DEPARTMENTS if b != "国务院发展研究中心")
    return f"""\
# term	type	label	aliases
# Internal departments (司, 局, 研究部) of the State Council bodies named in industry and technology policy.
# source: the bodies' 内设机构 pages ({pages}; 国务院发展研究中心 研究部门). Built by bench/lexicon_departments.py.
# term = full ministry name + department; aliases = the ministry's short names + department, and the bare
# department only where no other body has one of that name (装备工业一司; not 规划司, 科技司, 高新技术司) and it is
# not the start of a phrase (数字经济司 in 数字经济司法).
"""


def rows():
    bare_seen: dict[str, str] = {}
    for body, text in DEPARTMENTS.items():
        yield f"# {body}"
        for item in text.split():
            dept = item.rstrip("*")
            aliases = [short + dept for short in BODIES[body]]
            if item.endswith("*"):
                if dept in bare_seen:
                    raise SystemExit(f"{dept} marked unique under {bare_seen[dept]} and {body}")
                bare_seen[dept] = body
                aliases.append(dept)
            yield f"{body}{dept}\tInstitution\t\t{'|'.join(aliases)}".rstrip("\t")


if __name__ == "__main__":
    sys.stdout.write(header())
    for line in rows():
        print(line)
